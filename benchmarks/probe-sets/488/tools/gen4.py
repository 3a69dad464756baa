from lib import F, P, I, CH, TG, emit

TEXT = """BỘ Y TẾ - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tổng hợp > Hoạt động của các đơn vị

Năm 2023: Hơn 1,2 triệu phiếu khảo sát hài lòng được thực hiện trực tuyến
Ngày đăng: 28/02/2024 | Lượt xem: 3.205

(MOH) - Theo Cục Quản lý Khám, chữa bệnh, năm 2023 cả nước có 1.486 bệnh viện thực hiện khảo sát sự hài lòng của người bệnh và nhân viên y tế trên phần mềm trực tuyến của Bộ Y tế, gồm 1.102 bệnh viện công lập và 384 bệnh viện tư nhân.

Tổng số phiếu khảo sát đạt 1.215.640 phiếu, tăng 18,6% so với năm 2022; trong đó phiếu người bệnh nội trú 561.620 phiếu, người bệnh ngoại trú 504.490 phiếu và nhân viên y tế 149.530 phiếu.

Tỷ lệ hài lòng chung của người bệnh nội trú toàn quốc đạt 92,8%, ngoại trú đạt 89,4%; tỷ lệ hài lòng của nhân viên y tế đạt 81,7%, thấp hơn 1,2% so với năm 2022.

Xét theo địa phương, các tỉnh, thành phố có tỷ lệ hài lòng người bệnh nội trú cao nhất là Đà Nẵng (97,2%), Quảng Ninh (96,8%), Hải Phòng (96,5%); thấp nhất là Kon Tum (84,1%) và Cà Mau (84,9%). Trong khối bệnh viện trực thuộc Bộ, Bệnh viện Nhi Trung ương xếp thứ nhất với 98,3%.

Năm 2024, Bộ Y tế đặt mục tiêu tỷ lệ hài lòng của người bệnh đạt từ 90% trở lên, 100% bệnh viện công lập thực hiện khảo sát trực tuyến ít nhất 1 lần/quý theo Quyết định số 3869/QĐ-BYT và Bộ tiêu chí chất lượng bệnh viện ban hành kèm Quyết định số 6858/QĐ-BYT.

Người dân có thể phản ánh qua đường dây nóng 1900 9095 hoặc gửi thư về Cục Quản lý Khám, chữa bệnh, 138A Giảng Võ, Ba Đình, Hà Nội.
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y23h = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
LIST = "tỷ lệ hài lòng người bệnh nội trú"

FIGS = [
    F("Hơn 1,2 triệu", "1,2", 1200000, "count", "phiếu khảo sát",
      "phiếu khảo sát hài lòng được thực hiện trực tuyến", Y23h, approx="over"),
    F("có 1.486 bệnh viện", "1.486", 1486, "count", "bệnh viện",
      "bệnh viện thực hiện khảo sát sự hài lòng trên phần mềm trực tuyến", Y23),
    F("gồm 1.102 bệnh viện", "1.102", 1102, "count", "bệnh viện", "bệnh viện công lập", Y23, total=1486),
    F("và 384 bệnh viện", "384", 384, "count", "bệnh viện", "bệnh viện tư nhân", Y23, total=1486),
    F("đạt 1.215.640 phiếu", "1.215.640", 1215640, "count", "phiếu", "tổng số phiếu khảo sát", I(Y23),
      change=CH("increase", 18.6, "%", "năm 2022")),
    F("trú 561.620 phiếu", "561.620", 561620, "count", "phiếu", "phiếu người bệnh nội trú", I(Y23),
      total=1215640),
    F("trú 504.490 phiếu", "504.490", 504490, "count", "phiếu", "phiếu người bệnh ngoại trú", I(Y23),
      total=1215640),
    F("tế 149.530 phiếu", "149.530", 149530, "count", "phiếu", "phiếu nhân viên y tế", I(Y23),
      total=1215640),
    F("đạt 92,8%", "92,8", 92.8, "percent", "%", "tỷ lệ hài lòng chung của người bệnh nội trú", I(Y23)),
    F("đạt 89,4%", "89,4", 89.4, "percent", "%", "tỷ lệ hài lòng chung của người bệnh ngoại trú", I(Y23)),
    F("đạt 81,7%", "81,7", 81.7, "percent", "%", "tỷ lệ hài lòng của nhân viên y tế", I(Y23),
      change=CH("decrease", 1.2, "%", "năm 2022")),
    F("(97,2%)", "97,2", 97.2, "percent", "%", LIST, I(Y23), location="Đà Nẵng"),
    F("(96,8%)", "96,8", 96.8, "percent", "%", LIST, I(Y23), location="Quảng Ninh"),
    F("(96,5%)", "96,5", 96.5, "percent", "%", LIST, I(Y23), location="Hải Phòng"),
    F("(84,1%)", "84,1", 84.1, "percent", "%", LIST, I(Y23), location="Kon Tum"),
    F("(84,9%)", "84,9", 84.9, "percent", "%", LIST, I(Y23), location="Cà Mau"),
    F("thứ nhất", "nhất", 1, "rank", "hạng",
      "tỷ lệ hài lòng trong khối bệnh viện trực thuộc Bộ, Bệnh viện Nhi Trung ương", I(Y23)),
    F("với 98,3%", "98,3", 98.3, "percent", "%",
      "tỷ lệ hài lòng Bệnh viện Nhi Trung ương", I(Y23)),
    F("từ 90% trở lên", "90", 90, "percent", "%", "tỷ lệ hài lòng của người bệnh", Y24,
      approx="at_least", status="target"),
    F("100% bệnh viện", "100", 100, "percent", "%",
      "bệnh viện công lập thực hiện khảo sát trực tuyến", Y24, status="target"),
    F("ít nhất 1 lần/quý", "1", 1, "measure", "lần/quý", "tần suất khảo sát trực tuyến",
      approx="at_least", status="target", optional=True),
]

COMMENTS = [
    "Bộ Y tế portal (ministry site): national online patient/staff satisfaction survey 2023, hospitals and forms, rates by province, 2024 targets.",
    "Dateline 'Ngày đăng: 28/02/2024 | Lượt xem: 3.205' (counter is page furniture). National figures: location Việt Nam; provinces in the",
    "'cao nhất … thấp nhất' lists are the items' locations, subject = list indicator. 'gồm' parts (1.102 + 384 = 1.486) and 'trong đó' parts",
    "(add up to 1.215.640) get their totals. 'thấp hơn 1,2% so với năm 2022' is the change of 81,7%. 'xếp thứ nhất' = rank 1 (ordinal word);",
    "Bệnh viện Nhi Trung ương is a hospital, not a place: location stays Việt Nam. 2024 targets ('đặt mục tiêu'): status target;",
    "'từ 90% trở lên' here is the target value itself (required, at_least); 'ít nhất 1 lần/quý' frequency optional.",
    "Distractors: 'Quyết định số 3869/QĐ-BYT', 'Quyết định số 6858/QĐ-BYT', hotline '1900 9095', address '138A Giảng Võ', '(MOH)'.",
]

emit("p488-4", TEXT, COMMENTS, FIGS, published="2024-02-28", location="Việt Nam")
