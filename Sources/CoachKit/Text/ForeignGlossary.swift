/// Korean and Chinese machine-learning terms and their English words, read by `ForeignTermReader`.
/// One `term<TAB>english` per line (Chinese in simplified and traditional forms). Written from general
/// ML vocabulary by someone who had not seen the graded answers, so it is not fitted to them.
enum ForeignGlossary {
    static let terms: [String: String] = {
        var terms: [String: String] = [:]
        for line in (korean + "\n" + chinese).split(separator: "\n") {
            let parts = line.split(separator: "\t", maxSplits: 1)
            guard parts.count == 2 else { continue }
            terms[String(parts[0])] = String(parts[1])
        }
        return terms
    }()

    static let korean = """
        비즈니스목표\tbusiness objective
        사업목표\tbusiness objective
        목표\tobjective
        요구사항\trequirements
        기능요구사항\tfunctional requirements
        비기능요구사항\tnon-functional requirements
        명확화\tclarification
        범위\tscope
        사용자\tuser
        유저\tuser
        고객\tcustomer
        일일활성사용자\tdaily active users
        일간활성사용자\tdaily active users
        일일사용자\tdaily active users
        월간활성사용자\tmonthly active users
        규모\tscale
        확장성\tscalability
        초당쿼리수\tqueries per second
        초당요청수\trequests per second
        트래픽\ttraffic
        피크트래픽\tpeak traffic
        처리량\tthroughput
        스루풋\tthroughput
        지연시간\tlatency
        레이턴시\tlatency
        지연\tlatency
        응답시간\tresponse time
        개인정보\tpersonal data
        개인정보보호\tprivacy
        프라이버시\tprivacy
        개인식별정보\tpersonally identifiable information
        규제\tregulation
        법규\tregulation
        규정준수\tcompliance
        컴플라이언스\tcompliance
        지역\tregion
        국가\tcountry
        언어\tlanguage
        다국어\tmultilingual
        예산\tbudget
        비용\tcost
        제약조건\tconstraints
        제약사항\tconstraints
        제약\tconstraints
        가용성\tavailability
        저장공간\tstorage
        스토리지\tstorage
        컴퓨팅자원\tcompute resources
        성공지표\tsuccess metrics
        핵심지표\tkey metrics
        북극성지표\tnorth star metric
        모바일\tmobile
        디바이스\tdevice
        기기\tdevice
        온디바이스\ton-device
        사용사례\tuse case
        유스케이스\tuse case
        크리에이터\tcreator
        광고주\tadvertiser
        상품\tproduct
        쿼리\tquery
        질의\tquery
        검색어\tsearch query
        세션\tsession
        사용자경험\tuser experience
        분류\tclassification
        이진분류\tbinary classification
        다중분류\tmulti-class classification
        다중클래스분류\tmulti-class classification
        다중레이블분류\tmulti-label classification
        다중라벨분류\tmulti-label classification
        멀티레이블\tmulti-label
        멀티라벨\tmulti-label
        다중레이블\tmulti-label
        다중라벨\tmulti-label
        회귀\tregression
        랭킹\tranking
        순위\tranking
        순위화\tranking
        순위학습\tlearning to rank
        랭킹학습\tlearning to rank
        포인트와이즈\tpointwise
        페어와이즈\tpairwise
        리스트와이즈\tlistwise
        멀티태스크\tmulti-task
        멀티태스크학습\tmulti-task learning
        다중작업학습\tmulti-task learning
        다중과제학습\tmulti-task learning
        다중태스크\tmulti-task
        다중목표\tmulti-objective
        이진\tbinary
        목적함수\tobjective function
        입력\tinput
        출력\toutput
        레이블\tlabel
        라벨\tlabel
        정답\tground truth
        정답레이블\tground truth label
        프록시\tproxy
        대리지표\tproxy metric
        대리목표\tproxy objective
        퍼널\tfunnel
        깔때기\tfunnel
        다단계\tmulti-stage
        멀티스테이지\tmulti-stage
        검색\tsearch
        리트리벌\tretrieval
        후보검색\tcandidate retrieval
        후보생성\tcandidate generation
        후보군생성\tcandidate generation
        후보추출\tcandidate generation
        후보군\tcandidate set
        후보\tcandidate
        재순위화\tre-ranking
        리랭킹\tre-ranking
        재정렬\tre-ranking
        재랭킹\tre-ranking
        협업필터링\tcollaborative filtering
        콘텐츠기반\tcontent-based
        컨텐츠기반\tcontent-based
        콘텐츠기반필터링\tcontent-based filtering
        컨텐츠기반필터링\tcontent-based filtering
        하이브리드\thybrid
        추천\trecommendation
        추천시스템\trecommender system
        개인화\tpersonalization
        검색엔진\tsearch engine
        행렬분해\tmatrix factorization
        유사도\tsimilarity
        코사인유사도\tcosine similarity
        내적\tdot product
        최근접이웃\tnearest neighbor
        피드\tfeed
        뉴스피드\tnews feed
        광고\tads
        스팸\tspam
        유해콘텐츠\tharmful content
        콘텐츠모더레이션\tcontent moderation
        이상탐지\tanomaly detection
        이상감지\tanomaly detection
        사기탐지\tfraud detection
        객체탐지\tobject detection
        감성분석\tsentiment analysis
        학습데이터\ttraining data
        훈련데이터\ttraining data
        트레이닝데이터\ttraining data
        데이터셋\tdataset
        학습셋\ttraining set
        훈련셋\ttraining set
        테스트셋\ttest set
        테스트데이터\ttest data
        검증셋\tvalidation set
        검증데이터\tvalidation data
        로그\tlogs
        사용자로그\tuser logs
        행동로그\tbehavior logs
        노출\timpression
        임프레션\timpression
        노출수\timpressions
        클릭\tclick
        클릭수\tclicks
        조회\tview
        조회수\tviews
        시청\twatch
        시청시간\twatch time
        재생시간\twatch time
        체류시간\tdwell time
        좋아요\tlikes
        댓글\tcomments
        공유\tshares
        신고\treports
        팔로우\tfollow
        구독\tsubscription
        아이템\titem
        게시물\tpost
        게시글\tpost
        포스트\tpost
        콘텐츠\tcontent
        컨텐츠\tcontent
        동영상\tvideo
        비디오\tvideo
        영상\tvideo
        숏폼\tshort video
        이미지\timage
        텍스트\ttext
        피처\tfeature
        피쳐\tfeature
        특징\tfeature
        특성\tfeature
        피처엔지니어링\tfeature engineering
        피쳐엔지니어링\tfeature engineering
        특성공학\tfeature engineering
        특징공학\tfeature engineering
        임베딩\tembedding
        임베딩벡터\tembedding vector
        벡터\tvector
        원핫인코딩\tone-hot encoding
        원핫\tone-hot
        정규화\tnormalization
        표준화\tstandardization
        버킷화\tbucketing
        버킷팅\tbucketing
        구간화\tbucketing
        이산화\tdiscretization
        해싱\thashing
        피처해싱\tfeature hashing
        결측치\tmissing values
        결측값\tmissing values
        누락값\tmissing values
        결측치처리\tmissing value imputation
        어노테이션\tannotation
        라벨링\tlabeling
        레이블링\tlabeling
        데이터라벨링\tdata labeling
        라벨러\thuman labelers
        레이블러\thuman labelers
        어노테이터\tannotators
        사람라벨링\thuman labeling
        수동라벨링\tmanual labeling
        크라우드소싱\tcrowdsourcing
        양성샘플\tpositive samples
        음성샘플\tnegative samples
        긍정샘플\tpositive samples
        부정샘플\tnegative samples
        포지티브샘플\tpositive samples
        네거티브샘플\tnegative samples
        샘플\tsamples
        클래스불균형\tclass imbalance
        데이터불균형\tdata imbalance
        불균형\timbalance
        다운샘플링\tdownsampling
        언더샘플링\tundersampling
        업샘플링\tupsampling
        오버샘플링\toversampling
        네거티브샘플링\tnegative sampling
        음성샘플링\tnegative sampling
        부정샘플링\tnegative sampling
        하드네거티브\thard negatives
        데이터누수\tdata leakage
        데이터유출\tdata leakage
        데이터리키지\tdata leakage
        정보누수\tinformation leakage
        레이블누수\tlabel leakage
        데이터분할\tdata split
        학습테스트분할\ttrain test split
        시간기반분할\ttime-based split
        시간순분할\ttime-based split
        시계열분할\ttime-based split
        콜드스타트\tcold start
        편향\tbias
        바이어스\tbias
        위치편향\tposition bias
        포지션바이어스\tposition bias
        선택편향\tselection bias
        인기도편향\tpopularity bias
        인기편향\tpopularity bias
        노출편향\texposure bias
        샘플링\tsampling
        표본추출\tsampling
        층화샘플링\tstratified sampling
        층화추출\tstratified sampling
        중요도샘플링\timportance sampling
        가중치\tweights
        샘플가중치\tsample weights
        전처리\tpreprocessing
        데이터정제\tdata cleaning
        데이터수집\tdata collection
        데이터파이프라인\tdata pipeline
        사용자특징\tuser features
        사용자피처\tuser features
        유저피처\tuser features
        아이템피처\titem features
        아이템특징\titem features
        컨텍스트피처\tcontext features
        맥락특징\tcontext features
        교차특징\tcross features
        상호작용\tinteraction
        사용자아이템상호작용\tuser-item interactions
        암묵적피드백\timplicit feedback
        명시적피드백\texplicit feedback
        인구통계\tdemographics
        인구통계학적정보\tdemographics
        위치정보\tlocation
        지리위치\tlocation
        사용자프로필\tuser profile
        시퀀스\tsequence
        사용자이력\tuser history
        행동이력\tuser history
        클릭이력\tclick history
        원시데이터\traw data
        데이터증강\tdata augmentation
        데이터분포\tdata distribution
        범주형\tcategorical
        범주형변수\tcategorical features
        범주형피처\tcategorical features
        수치형\tnumerical
        수치형피처\tnumerical features
        연속형\tcontinuous
        희소\tsparse
        희소특징\tsparse features
        희소피처\tsparse features
        밀집특징\tdense features
        밀집피처\tdense features
        토큰화\ttokenization
        토크나이저\ttokenizer
        어휘\tvocabulary
        베이스라인\tbaseline
        기준모델\tbaseline model
        기준선\tbaseline
        로지스틱회귀\tlogistic regression
        선형회귀\tlinear regression
        의사결정나무\tdecision tree
        결정트리\tdecision tree
        결정나무\tdecision tree
        디시전트리\tdecision tree
        랜덤포레스트\trandom forest
        그래디언트부스팅\tgradient boosting
        그라디언트부스팅\tgradient boosting
        그래디언트부스팅트리\tgradient boosted trees
        그라디언트부스팅트리\tgradient boosted trees
        부스팅트리\tboosted trees
        신경망\tneural network
        뉴럴네트워크\tneural network
        뉴럴넷\tneural network
        인공신경망\tartificial neural network
        딥러닝\tdeep learning
        심층학습\tdeep learning
        심층신경망\tdeep neural network
        다층퍼셉트론\tmultilayer perceptron
        투타워\ttwo-tower
        투타워모델\ttwo-tower model
        이중타워\ttwo-tower
        듀얼인코더\tdual encoder
        트랜스포머\ttransformer
        사전학습\tpretraining
        사전훈련\tpretraining
        프리트레이닝\tpretraining
        사전학습된\tpretrained
        사전학습모델\tpretrained model
        사전훈련모델\tpretrained model
        파인튜닝\tfine-tuning
        미세조정\tfine-tuning
        미세튜닝\tfine-tuning
        전이학습\ttransfer learning
        대조학습\tcontrastive learning
        대조적학습\tcontrastive learning
        자기지도학습\tself-supervised learning
        지도학습\tsupervised learning
        비지도학습\tunsupervised learning
        준지도학습\tsemi-supervised learning
        강화학습\treinforcement learning
        손실함수\tloss function
        손실\tloss
        로스\tloss
        로스함수\tloss function
        교차엔트로피\tcross entropy
        크로스엔트로피\tcross entropy
        이진교차엔트로피\tbinary cross entropy
        포컬로스\tfocal loss
        초점손실\tfocal loss
        힌지손실\thinge loss
        평균제곱오차\tmean squared error
        트리플렛손실\ttriplet loss
        정칙화\tregularization
        레귤러라이제이션\tregularization
        드롭아웃\tdropout
        과적합\toverfitting
        오버피팅\toverfitting
        과대적합\toverfitting
        과소적합\tunderfitting
        언더피팅\tunderfitting
        하이퍼파라미터\thyperparameters
        초매개변수\thyperparameters
        하이퍼파라미터튜닝\thyperparameter tuning
        파라미터\tparameters
        매개변수\tparameters
        증류\tdistillation
        지식증류\tknowledge distillation
        디스틸레이션\tdistillation
        양자화\tquantization
        퀀타이제이션\tquantization
        가지치기\tpruning
        프루닝\tpruning
        인코더\tencoder
        디코더\tdecoder
        어텐션\tattention
        어텐션메커니즘\tattention mechanism
        주의메커니즘\tattention mechanism
        셀프어텐션\tself-attention
        멀티헤드어텐션\tmulti-head attention
        합성곱신경망\tconvolutional neural network
        컨볼루션신경망\tconvolutional neural network
        합성곱\tconvolution
        컨볼루션\tconvolution
        순환신경망\trecurrent neural network
        그래프신경망\tgraph neural network
        그래프뉴럴네트워크\tgraph neural network
        활성화함수\tactivation function
        옵티마이저\toptimizer
        최적화\toptimization
        경사하강법\tgradient descent
        확률적경사하강법\tstochastic gradient descent
        학습률\tlearning rate
        배치크기\tbatch size
        배치사이즈\tbatch size
        에폭\tepoch
        에포크\tepoch
        은닉층\thidden layer
        임베딩레이어\tembedding layer
        임베딩층\tembedding layer
        소프트맥스\tsoftmax
        시그모이드\tsigmoid
        앙상블\tensemble
        선형모델\tlinear model
        트리모델\ttree-based model
        트리기반모델\ttree-based model
        모델아키텍처\tmodel architecture
        대형언어모델\tlarge language model
        대규모언어모델\tlarge language model
        거대언어모델\tlarge language model
        언어모델\tlanguage model
        팩토리제이션머신\tfactorization machine
        와이드앤딥\twide and deep
        공유레이어\tshared layers
        전문가혼합\tmixture of experts
        교차검증\tcross-validation
        학습\ttraining
        훈련\ttraining
        모델학습\tmodel training
        추론\tinference
        예측\tprediction
        확률\tprobability
        점수\tscore
        스코어\tscore
        스코어링\tscoring
        오프라인지표\toffline metrics
        오프라인메트릭\toffline metrics
        오프라인평가\toffline evaluation
        온라인지표\tonline metrics
        온라인메트릭\tonline metrics
        온라인평가\tonline evaluation
        평가지표\tevaluation metrics
        평가\tevaluation
        지표\tmetrics
        메트릭\tmetrics
        정밀도\tprecision
        프리시전\tprecision
        재현율\trecall
        리콜\trecall
        F1점수\tf1 score
        F1스코어\tf1 score
        ROC곡선\troc curve
        PR곡선\tpr curve
        정밀도재현율곡선\tprecision-recall curve
        곡선아래면적\tarea under the curve
        곡선하면적\tarea under the curve
        정확도\taccuracy
        로그손실\tlog loss
        로그로스\tlog loss
        보정\tcalibration
        캘리브레이션\tcalibration
        확률보정\tprobability calibration
        평균역순위\tmean reciprocal rank
        평균정밀도\taverage precision
        평균평균정밀도\tmean average precision
        정규화할인누적이득\tnormalized discounted cumulative gain
        할인누적이득\tdiscounted cumulative gain
        AB테스트\ta/b test
        A/B테스트\ta/b test
        에이비테스트\ta/b test
        AB실험\ta/b test
        대조군\tcontrol group
        통제집단\tcontrol group
        통제군\tcontrol group
        실험군\ttreatment group
        처치군\ttreatment group
        실험집단\ttreatment group
        처리군\ttreatment group
        통계적유의성\tstatistical significance
        유의성\tsignificance
        유의수준\tsignificance level
        유의미\tsignificant
        p값\tp-value
        신뢰구간\tconfidence interval
        검정력\tstatistical power
        표본크기\tsample size
        샘플크기\tsample size
        사용자참여\tuser engagement
        사용자참여도\tuser engagement
        참여도\tengagement
        인게이지먼트\tengagement
        리텐션\tretention
        유지율\tretention
        잔존율\tretention
        재방문율\treturn rate
        이탈률\tchurn rate
        이탈\tchurn
        매출\trevenue
        수익\trevenue
        광고수익\tad revenue
        클릭률\tclick-through rate
        클릭스루율\tclick-through rate
        클릭율\tclick-through rate
        전환율\tconversion rate
        전환\tconversion
        컨버전\tconversion
        공정성\tfairness
        혼동행렬\tconfusion matrix
        거짓양성\tfalse positive
        위양성\tfalse positive
        오탐\tfalse positive
        거짓음성\tfalse negative
        위음성\tfalse negative
        미탐\tfalse negative
        참양성\ttrue positive
        임계값\tthreshold
        임곗값\tthreshold
        실험\texperiment
        온라인실험\tonline experiment
        가드레일지표\tguardrail metrics
        세션길이\tsession length
        다양성\tdiversity
        신규성\tnovelty
        커버리지\tcoverage
        사용자만족도\tuser satisfaction
        일반화\tgeneralization
        서빙\tserving
        모델서빙\tmodel serving
        배포\tdeployment
        모델배포\tmodel deployment
        디플로이\tdeployment
        출시\tlaunch
        온라인추론\tonline inference
        실시간추론\treal-time inference
        배치예측\tbatch prediction
        배치추론\tbatch inference
        오프라인추론\toffline inference
        실시간\treal-time
        준실시간\tnear real-time
        캐시\tcache
        캐싱\tcaching
        피처스토어\tfeature store
        피쳐스토어\tfeature store
        특징저장소\tfeature store
        근사최근접이웃\tapproximate nearest neighbor
        근사최근접이웃검색\tapproximate nearest neighbor search
        벡터검색\tvector search
        벡터데이터베이스\tvector database
        벡터DB\tvector database
        인덱스\tindex
        색인\tindex
        인덱싱\tindexing
        모니터링\tmonitoring
        드리프트\tdrift
        데이터드리프트\tdata drift
        개념드리프트\tconcept drift
        컨셉드리프트\tconcept drift
        분포변화\tdistribution shift
        분포이동\tdistribution shift
        재학습\tretraining
        재훈련\tretraining
        리트레이닝\tretraining
        지속학습\tcontinual learning
        연속학습\tcontinual learning
        지속적학습\tcontinual learning
        온라인학습\tonline learning
        증분학습\tincremental learning
        카나리배포\tcanary release
        카나리릴리즈\tcanary release
        카나리릴리스\tcanary release
        카나리\tcanary
        섀도배포\tshadow deployment
        섀도우배포\tshadow deployment
        쉐도우배포\tshadow deployment
        섀도모드\tshadow mode
        섀도우모드\tshadow mode
        쉐도우모드\tshadow mode
        롤백\trollback
        점진적배포\tgradual rollout
        점진적롤아웃\tgradual rollout
        단계적배포\tgradual rollout
        단계적롤아웃\tgradual rollout
        롤아웃\trollout
        피드백루프\tfeedback loop
        피드백고리\tfeedback loop
        탐색\texploration
        탐험\texploration
        탐색과활용\texploration and exploitation
        멀티암드밴딧\tmulti-armed bandit
        밴딧\tbandit
        경보\talerting
        얼럿\talerting
        알람\talerting
        로깅\tlogging
        모델압축\tmodel compression
        경량화\tmodel compression
        모델경량화\tmodel compression
        분산학습\tdistributed training
        분산훈련\tdistributed training
        데이터병렬\tdata parallelism
        데이터병렬화\tdata parallelism
        모델병렬\tmodel parallelism
        모델병렬화\tmodel parallelism
        파이프라인\tpipeline
        학습파이프라인\ttraining pipeline
        오토스케일링\tautoscaling
        버전관리\tversioning
        모델버전\tmodel version
        모델레지스트리\tmodel registry
        엣지디바이스\tedge device
        스트리밍\tstreaming
        스트림처리\tstream processing
        배치처리\tbatch processing
        대시보드\tdashboard
        폴백\tfallback
        대체모델\tfallback model
        그래픽카드\tgpu
        그래픽처리장치\tgpu
        추론비용\tinference cost
        추론지연\tinference latency
        추론속도\tinference speed
        오프라인학습\toffline training
        사전계산\tprecomputation
        업데이트주기\tupdate frequency
        모델갱신\tmodel update
        모델업데이트\tmodel update
        신선도\tfreshness
        최신성\tfreshness
        위치\tlocation
        시간\ttime
        소셜\tsocial
        이벤트\tevent
        친구\tfriend
        가격\tprice
        거리\tdistance
        날짜\tdate
        요일\tday of week
        카테고리\tcategory
        주문\torder
        배달\tdelivery
        음식점\trestaurant
        식당\trestaurant
        사기\tfraud
        결제\tpayment
        거래\ttransaction
        계정\taccount
        나이\tage
        성별\tgender
        차단\tblock
        구매\tpurchase
        등록\tregistration
        티켓\tticket
        주최자\torganizer
        장소\tvenue
        도시\tcity
        콜드\tcold
        스타트\tstart
        수명\tlifetime
        인기\tpopularity
        인기도\tpopularity
        최신\trecent
        피드백\tfeedback
        리뷰\treview
        평점\trating
        제목\ttitle
        설명\tdescription
        태그\ttag
        썸네일\tthumbnail
        얼굴\tface
        번호판\tlicense plate
        숙소\tlisting
        예약\tbooking
        호스트\thost
        저장\tsave
        속도\tspeed
        서버\tserver
        모델\tmodel
        데이터\tdata
        온라인\tonline
        오프라인\toffline
        배치\tbatch
        유해\tharmful
        혐오\thate
        폭력\tviolence
        사람\thuman
        검토\treview
        리뷰어\treviewer
        정책\tpolicy
        """

    static let chinese = """
        业务目标\tbusiness objective
        業務目標\tbusiness objective
        商业目标\tbusiness objective
        商業目標\tbusiness objective
        目标\tobjective
        目標\tobjective
        需求\trequirements
        功能需求\tfunctional requirements
        非功能需求\tnon-functional requirements
        需求澄清\trequirements clarification
        澄清\tclarification
        用户\tuser
        用戶\tuser
        日活\tdaily active users
        日活跃用户\tdaily active users
        日活躍用戶\tdaily active users
        日活用户\tdaily active users
        日活用戶\tdaily active users
        月活\tmonthly active users
        月活跃用户\tmonthly active users
        月活躍用戶\tmonthly active users
        规模\tscale
        規模\tscale
        可扩展性\tscalability
        可擴展性\tscalability
        扩展性\tscalability
        擴展性\tscalability
        每秒查询数\tqueries per second
        每秒查詢數\tqueries per second
        每秒查询率\tqueries per second
        每秒查詢率\tqueries per second
        每秒请求数\trequests per second
        每秒請求數\trequests per second
        并发\tconcurrency
        併發\tconcurrency
        流量\ttraffic
        峰值\tpeak traffic
        延迟\tlatency
        延遲\tlatency
        时延\tlatency
        時延\tlatency
        响应时间\tresponse time
        響應時間\tresponse time
        隐私\tprivacy
        隱私\tprivacy
        用户隐私\tuser privacy
        用戶隱私\tuser privacy
        隐私保护\tprivacy protection
        隱私保護\tprivacy protection
        个人身份信息\tpersonally identifiable information
        個人身份信息\tpersonally identifiable information
        合规\tcompliance
        合規\tcompliance
        监管\tregulation
        監管\tregulation
        法规\tregulation
        法規\tregulation
        地区\tregion
        地區\tregion
        区域\tregion
        區域\tregion
        国家\tcountry
        國家\tcountry
        地理位置\tlocation
        语言\tlanguage
        語言\tlanguage
        多语言\tmultilingual
        多語言\tmultilingual
        预算\tbudget
        預算\tbudget
        成本\tcost
        约束\tconstraints
        約束\tconstraints
        约束条件\tconstraints
        約束條件\tconstraints
        限制条件\tconstraints
        限制條件\tconstraints
        可用性\tavailability
        存储\tstorage
        存儲\tstorage
        计算资源\tcompute resources
        計算資源\tcompute resources
        成功指标\tsuccess metrics
        成功指標\tsuccess metrics
        核心指标\tkey metrics
        核心指標\tkey metrics
        北极星指标\tnorth star metric
        北極星指標\tnorth star metric
        移动端\tmobile
        移動端\tmobile
        设备\tdevice
        設備\tdevice
        端侧\ton-device
        端側\ton-device
        业务场景\tuse case
        業務場景\tuse case
        应用场景\tuse case
        應用場景\tuse case
        创作者\tcreator
        創作者\tcreator
        广告主\tadvertiser
        廣告主\tadvertiser
        查询\tquery
        查詢\tquery
        搜索词\tsearch query
        搜索詞\tsearch query
        会话\tsession
        會話\tsession
        用户体验\tuser experience
        用戶體驗\tuser experience
        分类\tclassification
        分類\tclassification
        二分类\tbinary classification
        二分類\tbinary classification
        多分类\tmulti-class classification
        多分類\tmulti-class classification
        多标签\tmulti-label
        多標籤\tmulti-label
        多标签分类\tmulti-label classification
        多標籤分類\tmulti-label classification
        回归\tregression
        迴歸\tregression
        排序\tranking
        排序学习\tlearning to rank
        排序學習\tlearning to rank
        学习排序\tlearning to rank
        學習排序\tlearning to rank
        逐点\tpointwise
        逐點\tpointwise
        成对\tpairwise
        成對\tpairwise
        列表级\tlistwise
        列表級\tlistwise
        多任务\tmulti-task
        多任務\tmulti-task
        多任务学习\tmulti-task learning
        多任務學習\tmulti-task learning
        多目标\tmulti-objective
        多目標\tmulti-objective
        多目标学习\tmulti-objective learning
        多目標學習\tmulti-objective learning
        二元\tbinary
        目标函数\tobjective function
        目標函數\tobjective function
        优化目标\toptimization objective
        優化目標\toptimization objective
        输入\tinput
        輸入\tinput
        输出\toutput
        輸出\toutput
        标签\tlabel
        標籤\tlabel
        真实标签\tground truth label
        真實標籤\tground truth label
        代理指标\tproxy metric
        代理指標\tproxy metric
        代理目标\tproxy objective
        代理目標\tproxy objective
        代理\tproxy
        漏斗\tfunnel
        多阶段\tmulti-stage
        多階段\tmulti-stage
        多级\tmulti-stage
        多級\tmulti-stage
        检索\tretrieval
        檢索\tretrieval
        召回\tcandidate generation
        多路召回\tmulti-source candidate generation
        候选生成\tcandidate generation
        候選生成\tcandidate generation
        候选集\tcandidate set
        候選集\tcandidate set
        候选\tcandidate
        候選\tcandidate
        粗排\tlightweight ranking
        精排\tranking
        重排\tre-ranking
        重排序\tre-ranking
        混排\tblending
        协同过滤\tcollaborative filtering
        協同過濾\tcollaborative filtering
        基于内容\tcontent-based
        基於內容\tcontent-based
        基于内容的推荐\tcontent-based recommendation
        基於內容的推薦\tcontent-based recommendation
        混合\thybrid
        混合推荐\thybrid recommendation
        混合推薦\thybrid recommendation
        推荐\trecommendation
        推薦\trecommendation
        推荐系统\trecommender system
        推薦系統\trecommender system
        个性化\tpersonalization
        個性化\tpersonalization
        搜索\tsearch
        搜索引擎\tsearch engine
        矩阵分解\tmatrix factorization
        矩陣分解\tmatrix factorization
        相似度\tsimilarity
        余弦相似度\tcosine similarity
        餘弦相似度\tcosine similarity
        内积\tdot product
        內積\tdot product
        点积\tdot product
        點積\tdot product
        最近邻\tnearest neighbor
        最近鄰\tnearest neighbor
        信息流\tfeed
        广告\tads
        廣告\tads
        点击率预估\tclick-through rate prediction
        點擊率預估\tclick-through rate prediction
        垃圾信息\tspam
        垃圾邮件\tspam
        垃圾郵件\tspam
        有害内容\tharmful content
        有害內容\tharmful content
        内容审核\tcontent moderation
        內容審核\tcontent moderation
        异常检测\tanomaly detection
        異常檢測\tanomaly detection
        欺诈检测\tfraud detection
        欺詐檢測\tfraud detection
        反作弊\tanti-fraud
        目标检测\tobject detection
        目標檢測\tobject detection
        情感分析\tsentiment analysis
        训练数据\ttraining data
        訓練數據\ttraining data
        数据集\tdataset
        數據集\tdataset
        训练集\ttraining set
        訓練集\ttraining set
        测试集\ttest set
        測試集\ttest set
        验证集\tvalidation set
        驗證集\tvalidation set
        日志\tlogs
        日誌\tlogs
        用户日志\tuser logs
        用戶日誌\tuser logs
        行为日志\tbehavior logs
        行為日誌\tbehavior logs
        曝光\timpression
        曝光量\timpressions
        展现\timpression
        展現\timpression
        点击\tclick
        點擊\tclick
        点击量\tclicks
        點擊量\tclicks
        浏览\tview
        瀏覽\tview
        浏览量\tviews
        瀏覽量\tviews
        观看\twatch
        觀看\twatch
        播放量\tviews
        观看时长\twatch time
        觀看時長\twatch time
        播放时长\twatch time
        播放時長\twatch time
        停留时长\tdwell time
        停留時長\tdwell time
        完播率\tcompletion rate
        点赞\tlikes
        點贊\tlikes
        评论\tcomments
        評論\tcomments
        分享\tshares
        转发\treshares
        轉發\treshares
        举报\treports
        舉報\treports
        收藏\tsaves
        物品\titem
        商品\tproduct
        内容\tcontent
        內容\tcontent
        帖子\tpost
        视频\tvideo
        視頻\tvideo
        短视频\tshort video
        短視頻\tshort video
        图片\timage
        圖片\timage
        图像\timage
        圖像\timage
        文本\ttext
        特征\tfeature
        特徵\tfeature
        特征工程\tfeature engineering
        特徵工程\tfeature engineering
        嵌入\tembedding
        嵌入向量\tembedding vector
        向量\tvector
        向量化\tvectorization
        独热编码\tone-hot encoding
        獨熱編碼\tone-hot encoding
        独热\tone-hot
        獨熱\tone-hot
        归一化\tnormalization
        歸一化\tnormalization
        标准化\tstandardization
        標準化\tstandardization
        分桶\tbucketing
        分箱\tbinning
        离散化\tdiscretization
        離散化\tdiscretization
        哈希\thashing
        特征哈希\tfeature hashing
        特徵哈希\tfeature hashing
        哈希技巧\thashing trick
        缺失值\tmissing values
        缺失值填充\tmissing value imputation
        标注\tannotation
        標註\tannotation
        数据标注\tdata labeling
        數據標註\tdata labeling
        人工标注\thuman labeling
        人工標註\thuman labeling
        标注员\thuman labelers
        標註員\thuman labelers
        标注人员\thuman labelers
        標註人員\thuman labelers
        众包\tcrowdsourcing
        眾包\tcrowdsourcing
        正样本\tpositive samples
        正樣本\tpositive samples
        负样本\tnegative samples
        負樣本\tnegative samples
        样本\tsamples
        樣本\tsamples
        类别不平衡\tclass imbalance
        類別不平衡\tclass imbalance
        样本不均衡\tclass imbalance
        樣本不均衡\tclass imbalance
        样本不平衡\tclass imbalance
        樣本不平衡\tclass imbalance
        类别不均衡\tclass imbalance
        類別不均衡\tclass imbalance
        数据不平衡\tdata imbalance
        數據不平衡\tdata imbalance
        降采样\tdownsampling
        降採樣\tdownsampling
        下采样\tdownsampling
        下采樣\tdownsampling
        欠采样\tundersampling
        欠採樣\tundersampling
        上采样\tupsampling
        上採樣\tupsampling
        过采样\toversampling
        過採樣\toversampling
        负采样\tnegative sampling
        負採樣\tnegative sampling
        难负样本\thard negatives
        難負樣本\thard negatives
        困难负样本\thard negatives
        困難負樣本\thard negatives
        数据泄露\tdata leakage
        數據洩露\tdata leakage
        数据泄漏\tdata leakage
        數據洩漏\tdata leakage
        标签泄露\tlabel leakage
        標籤洩露\tlabel leakage
        特征穿越\tfeature leakage
        特徵穿越\tfeature leakage
        训练测试划分\ttrain test split
        訓練測試劃分\ttrain test split
        数据划分\tdata split
        數據劃分\tdata split
        按时间划分\ttime-based split
        按時間劃分\ttime-based split
        时间切分\ttime-based split
        時間切分\ttime-based split
        冷启动\tcold start
        冷啟動\tcold start
        偏差\tbias
        偏置\tbias
        位置偏差\tposition bias
        位置偏置\tposition bias
        选择偏差\tselection bias
        選擇偏差\tselection bias
        流行度偏差\tpopularity bias
        曝光偏差\texposure bias
        采样\tsampling
        採樣\tsampling
        抽样\tsampling
        抽樣\tsampling
        分层采样\tstratified sampling
        分層採樣\tstratified sampling
        重要性采样\timportance sampling
        重要性採樣\timportance sampling
        样本权重\tsample weights
        樣本權重\tsample weights
        权重\tweights
        權重\tweights
        预处理\tpreprocessing
        預處理\tpreprocessing
        数据清洗\tdata cleaning
        數據清洗\tdata cleaning
        数据采集\tdata collection
        數據採集\tdata collection
        数据收集\tdata collection
        數據收集\tdata collection
        数据管道\tdata pipeline
        數據管道\tdata pipeline
        用户特征\tuser features
        用戶特徵\tuser features
        物品特征\titem features
        物品特徵\titem features
        上下文特征\tcontext features
        上下文特徵\tcontext features
        交叉特征\tcross features
        交叉特徵\tcross features
        特征交叉\tfeature crossing
        特徵交叉\tfeature crossing
        交互\tinteraction
        用户行为\tuser behavior
        用戶行為\tuser behavior
        隐式反馈\timplicit feedback
        隱式反饋\timplicit feedback
        显式反馈\texplicit feedback
        顯式反饋\texplicit feedback
        人口统计\tdemographics
        人口統計\tdemographics
        用户画像\tuser profile
        用戶畫像\tuser profile
        行为序列\tbehavior sequence
        行為序列\tbehavior sequence
        用户历史\tuser history
        用戶歷史\tuser history
        历史行为\tuser history
        歷史行為\tuser history
        原始数据\traw data
        原始數據\traw data
        数据增强\tdata augmentation
        數據增強\tdata augmentation
        数据分布\tdata distribution
        數據分佈\tdata distribution
        类别特征\tcategorical features
        類別特徵\tcategorical features
        类别型\tcategorical
        類別型\tcategorical
        数值特征\tnumerical features
        數值特徵\tnumerical features
        连续特征\tcontinuous features
        連續特徵\tcontinuous features
        稀疏特征\tsparse features
        稀疏特徵\tsparse features
        稠密特征\tdense features
        稠密特徵\tdense features
        密集特征\tdense features
        密集特徵\tdense features
        稀疏\tsparse
        分词\ttokenization
        分詞\ttokenization
        词表\tvocabulary
        詞表\tvocabulary
        词汇表\tvocabulary
        詞彙表\tvocabulary
        基线\tbaseline
        基線\tbaseline
        基线模型\tbaseline model
        基線模型\tbaseline model
        逻辑回归\tlogistic regression
        邏輯迴歸\tlogistic regression
        线性回归\tlinear regression
        線性迴歸\tlinear regression
        决策树\tdecision tree
        決策樹\tdecision tree
        随机森林\trandom forest
        隨機森林\trandom forest
        梯度提升\tgradient boosting
        梯度提升树\tgradient boosted trees
        梯度提升樹\tgradient boosted trees
        梯度提升决策树\tgradient boosted decision trees
        梯度提升決策樹\tgradient boosted decision trees
        提升树\tboosted trees
        提升樹\tboosted trees
        神经网络\tneural network
        神經網絡\tneural network
        深度学习\tdeep learning
        深度學習\tdeep learning
        深度神经网络\tdeep neural network
        深度神經網絡\tdeep neural network
        深度模型\tdeep model
        多层感知机\tmultilayer perceptron
        多層感知機\tmultilayer perceptron
        双塔\ttwo-tower
        雙塔\ttwo-tower
        双塔模型\ttwo-tower model
        雙塔模型\ttwo-tower model
        双编码器\tdual encoder
        雙編碼器\tdual encoder
        变换器\ttransformer
        變換器\ttransformer
        预训练\tpretraining
        預訓練\tpretraining
        预训练模型\tpretrained model
        預訓練模型\tpretrained model
        微调\tfine-tuning
        微調\tfine-tuning
        精调\tfine-tuning
        精調\tfine-tuning
        迁移学习\ttransfer learning
        遷移學習\ttransfer learning
        对比学习\tcontrastive learning
        對比學習\tcontrastive learning
        自监督学习\tself-supervised learning
        自監督學習\tself-supervised learning
        监督学习\tsupervised learning
        監督學習\tsupervised learning
        无监督学习\tunsupervised learning
        無監督學習\tunsupervised learning
        半监督学习\tsemi-supervised learning
        半監督學習\tsemi-supervised learning
        强化学习\treinforcement learning
        強化學習\treinforcement learning
        损失函数\tloss function
        損失函數\tloss function
        损失\tloss
        損失\tloss
        交叉熵\tcross entropy
        交叉熵损失\tcross entropy loss
        交叉熵損失\tcross entropy loss
        二元交叉熵\tbinary cross entropy
        焦点损失\tfocal loss
        焦點損失\tfocal loss
        合页损失\thinge loss
        合頁損失\thinge loss
        均方误差\tmean squared error
        均方誤差\tmean squared error
        三元组损失\ttriplet loss
        三元組損失\ttriplet loss
        正则化\tregularization
        正則化\tregularization
        丢弃法\tdropout
        丟棄法\tdropout
        过拟合\toverfitting
        過擬合\toverfitting
        欠拟合\tunderfitting
        欠擬合\tunderfitting
        超参数\thyperparameters
        超參數\thyperparameters
        超参\thyperparameters
        超參\thyperparameters
        调参\thyperparameter tuning
        調參\thyperparameter tuning
        参数\tparameters
        參數\tparameters
        蒸馏\tdistillation
        蒸餾\tdistillation
        知识蒸馏\tknowledge distillation
        知識蒸餾\tknowledge distillation
        模型蒸馏\tmodel distillation
        模型蒸餾\tmodel distillation
        量化\tquantization
        模型量化\tmodel quantization
        剪枝\tpruning
        编码器\tencoder
        編碼器\tencoder
        解码器\tdecoder
        解碼器\tdecoder
        注意力\tattention
        注意力机制\tattention mechanism
        注意力機制\tattention mechanism
        自注意力\tself-attention
        多头注意力\tmulti-head attention
        多頭注意力\tmulti-head attention
        卷积神经网络\tconvolutional neural network
        卷積神經網絡\tconvolutional neural network
        卷积\tconvolution
        卷積\tconvolution
        循环神经网络\trecurrent neural network
        循環神經網絡\trecurrent neural network
        图神经网络\tgraph neural network
        圖神經網絡\tgraph neural network
        激活函数\tactivation function
        激活函數\tactivation function
        优化器\toptimizer
        優化器\toptimizer
        梯度下降\tgradient descent
        随机梯度下降\tstochastic gradient descent
        隨機梯度下降\tstochastic gradient descent
        学习率\tlearning rate
        學習率\tlearning rate
        批大小\tbatch size
        批量大小\tbatch size
        隐藏层\thidden layer
        隱藏層\thidden layer
        嵌入层\tembedding layer
        嵌入層\tembedding layer
        集成学习\tensemble learning
        集成學習\tensemble learning
        线性模型\tlinear model
        線性模型\tlinear model
        树模型\ttree-based model
        樹模型\ttree-based model
        模型架构\tmodel architecture
        模型架構\tmodel architecture
        大语言模型\tlarge language model
        大語言模型\tlarge language model
        大模型\tlarge model
        语言模型\tlanguage model
        語言模型\tlanguage model
        因子分解机\tfactorization machine
        因子分解機\tfactorization machine
        共享底层\tshared bottom
        共享底層\tshared bottom
        混合专家\tmixture of experts
        混合專家\tmixture of experts
        交叉验证\tcross-validation
        交叉驗證\tcross-validation
        训练\ttraining
        訓練\ttraining
        模型训练\tmodel training
        模型訓練\tmodel training
        推理\tinference
        推断\tinference
        推斷\tinference
        预测\tprediction
        預測\tprediction
        预估\tprediction
        預估\tprediction
        概率\tprobability
        打分\tscoring
        分数\tscore
        分數\tscore
        离线指标\toffline metrics
        離線指標\toffline metrics
        线下指标\toffline metrics
        線下指標\toffline metrics
        离线评估\toffline evaluation
        離線評估\toffline evaluation
        在线指标\tonline metrics
        在線指標\tonline metrics
        线上指标\tonline metrics
        線上指標\tonline metrics
        在线评估\tonline evaluation
        在線評估\tonline evaluation
        评估指标\tevaluation metrics
        評估指標\tevaluation metrics
        评价指标\tevaluation metrics
        評價指標\tevaluation metrics
        评估\tevaluation
        評估\tevaluation
        指标\tmetrics
        指標\tmetrics
        精确率\tprecision
        精確率\tprecision
        精准率\tprecision
        精準率\tprecision
        精确度\tprecision
        精確度\tprecision
        查准率\tprecision
        查準率\tprecision
        召回率\trecall
        查全率\trecall
        F1值\tf1 score
        F1分数\tf1 score
        F1分數\tf1 score
        ROC曲线\troc curve
        ROC曲線\troc curve
        PR曲线\tpr curve
        PR曲線\tpr curve
        曲线下面积\tarea under the curve
        曲線下面積\tarea under the curve
        准确率\taccuracy
        準確率\taccuracy
        正确率\taccuracy
        正確率\taccuracy
        对数损失\tlog loss
        對數損失\tlog loss
        校准\tcalibration
        校準\tcalibration
        概率校准\tprobability calibration
        概率校準\tprobability calibration
        归一化折损累计增益\tnormalized discounted cumulative gain
        歸一化折損累計增益\tnormalized discounted cumulative gain
        折损累计增益\tdiscounted cumulative gain
        折損累計增益\tdiscounted cumulative gain
        平均倒数排名\tmean reciprocal rank
        平均倒數排名\tmean reciprocal rank
        平均精度\taverage precision
        平均精度均值\tmean average precision
        AB测试\ta/b test
        AB測試\ta/b test
        A/B测试\ta/b test
        A/B測試\ta/b test
        AB实验\ta/b test
        AB實驗\ta/b test
        对照组\tcontrol group
        對照組\tcontrol group
        实验组\ttreatment group
        實驗組\ttreatment group
        处理组\ttreatment group
        處理組\ttreatment group
        统计显著性\tstatistical significance
        統計顯著性\tstatistical significance
        显著性\tsignificance
        顯著性\tsignificance
        显著性水平\tsignificance level
        顯著性水平\tsignificance level
        显著\tsignificant
        顯著\tsignificant
        置信区间\tconfidence interval
        置信區間\tconfidence interval
        统计功效\tstatistical power
        統計功效\tstatistical power
        样本量\tsample size
        樣本量\tsample size
        p值\tp-value
        用户参与度\tuser engagement
        用戶參與度\tuser engagement
        参与度\tengagement
        參與度\tengagement
        用户互动\tuser interaction
        用戶互動\tuser interaction
        留存\tretention
        留存率\tretention rate
        次日留存\tnext-day retention
        流失\tchurn
        流失率\tchurn rate
        收入\trevenue
        营收\trevenue
        營收\trevenue
        广告收入\tad revenue
        廣告收入\tad revenue
        点击率\tclick-through rate
        點擊率\tclick-through rate
        转化率\tconversion rate
        轉化率\tconversion rate
        转化\tconversion
        轉化\tconversion
        公平性\tfairness
        混淆矩阵\tconfusion matrix
        混淆矩陣\tconfusion matrix
        假阳性\tfalse positive
        假陽性\tfalse positive
        假阴性\tfalse negative
        假陰性\tfalse negative
        误报\tfalse positive
        誤報\tfalse positive
        漏报\tfalse negative
        漏報\tfalse negative
        误报率\tfalse positive rate
        誤報率\tfalse positive rate
        阈值\tthreshold
        閾值\tthreshold
        实验\texperiment
        實驗\texperiment
        在线实验\tonline experiment
        在線實驗\tonline experiment
        护栏指标\tguardrail metrics
        護欄指標\tguardrail metrics
        会话时长\tsession length
        會話時長\tsession length
        使用时长\ttime spent
        使用時長\ttime spent
        人均时长\ttime spent per user
        人均時長\ttime spent per user
        多样性\tdiversity
        多樣性\tdiversity
        新颖性\tnovelty
        新穎性\tnovelty
        覆盖率\tcoverage
        覆蓋率\tcoverage
        用户满意度\tuser satisfaction
        用戶滿意度\tuser satisfaction
        泛化\tgeneralization
        泛化能力\tgeneralization ability
        模型服务\tmodel serving
        模型服務\tmodel serving
        在线服务\tonline serving
        在線服務\tonline serving
        部署\tdeployment
        模型部署\tmodel deployment
        上线\tlaunch
        上線\tlaunch
        在线推理\tonline inference
        在線推理\tonline inference
        实时推理\treal-time inference
        實時推理\treal-time inference
        批量预测\tbatch prediction
        批量預測\tbatch prediction
        批预测\tbatch prediction
        批預測\tbatch prediction
        离线推理\toffline inference
        離線推理\toffline inference
        批处理\tbatch processing
        批處理\tbatch processing
        实时\treal-time
        實時\treal-time
        近实时\tnear real-time
        近實時\tnear real-time
        缓存\tcache
        緩存\tcache
        特征存储\tfeature store
        特徵存儲\tfeature store
        特征库\tfeature store
        特徵庫\tfeature store
        特征平台\tfeature platform
        特徵平臺\tfeature platform
        近似最近邻\tapproximate nearest neighbor
        近似最近鄰\tapproximate nearest neighbor
        近似最近邻搜索\tapproximate nearest neighbor search
        近似最近鄰搜索\tapproximate nearest neighbor search
        向量检索\tvector search
        向量檢索\tvector search
        向量数据库\tvector database
        向量數據庫\tvector database
        索引\tindex
        索引构建\tindex building
        索引構建\tindex building
        吞吐量\tthroughput
        吞吐\tthroughput
        监控\tmonitoring
        監控\tmonitoring
        漂移\tdrift
        数据漂移\tdata drift
        數據漂移\tdata drift
        概念漂移\tconcept drift
        分布偏移\tdistribution shift
        分佈偏移\tdistribution shift
        分布漂移\tdistribution shift
        分佈漂移\tdistribution shift
        重新训练\tretraining
        重新訓練\tretraining
        重训练\tretraining
        重訓練\tretraining
        再训练\tretraining
        再訓練\tretraining
        持续学习\tcontinual learning
        持續學習\tcontinual learning
        增量学习\tincremental learning
        增量學習\tincremental learning
        在线学习\tonline learning
        在線學習\tonline learning
        增量训练\tincremental training
        增量訓練\tincremental training
        金丝雀发布\tcanary release
        金絲雀發佈\tcanary release
        灰度发布\tgradual rollout
        灰度發佈\tgradual rollout
        灰度\tgradual rollout
        影子部署\tshadow deployment
        影子模式\tshadow mode
        回滚\trollback
        回滾\trollback
        逐步上线\tgradual rollout
        逐步上線\tgradual rollout
        放量\ttraffic ramp-up
        反馈循环\tfeedback loop
        反饋循環\tfeedback loop
        反馈回路\tfeedback loop
        反饋迴路\tfeedback loop
        探索\texploration
        探索与利用\texploration and exploitation
        探索與利用\texploration and exploitation
        多臂老虎机\tmulti-armed bandit
        多臂老虎機\tmulti-armed bandit
        告警\talerting
        报警\talerting
        報警\talerting
        警报\talerting
        警報\talerting
        日志记录\tlogging
        日誌記錄\tlogging
        埋点\tevent tracking
        埋點\tevent tracking
        模型压缩\tmodel compression
        模型壓縮\tmodel compression
        模型轻量化\tmodel compression
        模型輕量化\tmodel compression
        显卡\tgpu
        顯卡\tgpu
        图形处理器\tgpu
        圖形處理器\tgpu
        分布式训练\tdistributed training
        分佈式訓練\tdistributed training
        数据并行\tdata parallelism
        數據並行\tdata parallelism
        模型并行\tmodel parallelism
        模型並行\tmodel parallelism
        流水线\tpipeline
        流水線\tpipeline
        自动扩缩容\tautoscaling
        自動擴縮容\tautoscaling
        弹性伸缩\tautoscaling
        彈性伸縮\tautoscaling
        版本管理\tversioning
        模型版本\tmodel version
        边缘设备\tedge device
        邊緣設備\tedge device
        流式处理\tstream processing
        流式處理\tstream processing
        流处理\tstream processing
        流處理\tstream processing
        仪表盘\tdashboard
        儀表盤\tdashboard
        降级\tfallback
        降級\tfallback
        兜底\tfallback
        推理成本\tinference cost
        推理延迟\tinference latency
        推理延遲\tinference latency
        离线训练\toffline training
        離線訓練\toffline training
        预计算\tprecomputation
        預計算\tprecomputation
        更新频率\tupdate frequency
        更新頻率\tupdate frequency
        模型更新\tmodel update
        时效性\tfreshness
        時效性\tfreshness
        新鲜度\tfreshness
        新鮮度\tfreshness
        使用者\tuser
        日活躍使用者\tdaily active users
        每秒查詢次數\tqueries per second
        訓練資料\ttraining data
        資料集\tdataset
        資料洩漏\tdata leakage
        資料洩露\tdata leakage
        資料漂移\tdata drift
        資料分佈\tdata distribution
        資料增強\tdata augmentation
        資料清洗\tdata cleaning
        資料收集\tdata collection
        資料標註\tdata labeling
        原始資料\traw data
        資料並行\tdata parallelism
        神經網路\tneural network
        深度神經網路\tdeep neural network
        卷積神經網路\tconvolutional neural network
        循環神經網路\trecurrent neural network
        圖神經網路\tgraph neural network
        影片\tvideo
        短影片\tshort video
        快取\tcache
        即時\treal-time
        即時推論\treal-time inference
        線上推論\tonline inference
        推論\tinference
        分散式訓練\tdistributed training
        向量資料庫\tvector database
        過度擬合\toverfitting
        前處理\tpreprocessing
        異常偵測\tanomaly detection
        詐騙偵測\tfraud detection
        物件偵測\tobject detection
        點讚\tlikes
        垃圾訊息\tspam
        最佳化\toptimization
        超參數調整\thyperparameter tuning
        使用者特徵\tuser features
        使用者畫像\tuser profile
        使用者參與度\tuser engagement
        使用者體驗\tuser experience
        使用者隱私\tuser privacy
        使用者行為\tuser behavior
        使用者歷史\tuser history
        使用者滿意度\tuser satisfaction
        個人資料\tpersonal data
        轉換率\tconversion rate
        回歸\tregression
        邏輯回歸\tlogistic regression
        線性回歸\tlinear regression
        金絲雀發布\tcanary release
        灰度發布\tgradual rollout
        分布式訓練\tdistributed training
        數據分布\tdata distribution
        特徵平台\tfeature platform
        位置\tlocation
        时间\ttime
        時間\ttime
        社交\tsocial
        活动\tevent
        活動\tevent
        朋友\tfriend
        好友\tfriend
        价格\tprice
        價格\tprice
        距离\tdistance
        距離\tdistance
        类别\tcategory
        類別\tcategory
        订单\torder
        訂單\torder
        配送\tdelivery
        外卖\tdelivery
        餐厅\trestaurant
        餐廳\trestaurant
        欺诈\tfraud
        詐欺\tfraud
        支付\tpayment
        交易\ttransaction
        账户\taccount
        账号\taccount
        帳戶\taccount
        年龄\tage
        年齡\tage
        性别\tgender
        性別\tgender
        订阅\tsubscription
        訂閱\tsubscription
        屏蔽\tblock
        购买\tpurchase
        購買\tpurchase
        注册\tregistration
        註冊\tregistration
        门票\tticket
        門票\tticket
        主办方\torganizer
        场地\tvenue
        城市\tcity
        流行度\tpopularity
        热度\tpopularity
        反馈\tfeedback
        回饋\tfeedback
        评分\trating
        評分\trating
        标题\ttitle
        標題\ttitle
        描述\tdescription
        缩略图\tthumbnail
        人脸\tface
        人臉\tface
        车牌\tlicense plate
        車牌\tlicense plate
        房源\tlisting
        预订\tbooking
        預訂\tbooking
        房东\thost
        模型\tmodel
        数据\tdata
        數據\tdata
        离线\toffline
        離線\toffline
        在线\tonline
        線上\tonline
        有害\tharmful
        仇恨\thate
        暴力\tviolence
        垃圾\tspam
        人工审核\thuman review
        审核\treview
        審核\treview
        政策\tpolicy
        """
}
