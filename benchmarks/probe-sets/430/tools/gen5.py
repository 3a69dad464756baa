from lib import F, P, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN VĂN BÀN - TỈNH LÀO CAI
Ngày đăng: 08/10/2024
Lượt xem: 417

Văn Bàn đẩy mạnh cai nghiện ma túy tại gia đình và cộng đồng

Tính đến ngày 30/9/2024, toàn huyện có 247 người nghiện ma túy có hồ sơ quản lý, tập trung chủ yếu ở các xã Khánh Yên Hạ, Nậm Tha, Dần Thàng; 15/23 xã, thị trấn có người nghiện. Khoảng 60% số người nghiện là người dân tộc thiểu số, phần lớn trong độ tuổi từ 18 đến 40.

Thực hiện Nghị định số 116/2021/NĐ-CP, huyện đã đa dạng hóa các hình thức cai nghiện. Kết quả cụ thể như sau:

Kết quả tổ chức cai nghiện ma túy
Đơn vị tính: người
Hình thức
Năm 2023
9 tháng năm 2024
Cai nghiện tự nguyện tại gia đình
28
19
Cai nghiện tự nguyện tại cộng đồng
41
36
Cai nghiện bắt buộc tại cơ sở
63
52
Điều trị Methadone
145
158

Tỷ lệ người nghiện được quản lý, tư vấn, hỗ trợ cai nghiện 9 tháng năm 2024 đạt 93,5%, vượt chỉ tiêu tỉnh giao (90%). UBND huyện đã bố trí 850 triệu đồng cho công tác cai nghiện; mỗi người cai nghiện tự nguyện tại cộng đồng được hỗ trợ 1,5 triệu đồng/người/đợt. Hiện 7 xã đã được công nhận không có ma túy, tăng 2 xã so với năm 2023.

Ông Hoàng Văn Quyết, Trưởng Công an huyện cho biết, quý IV/2024 huyện phấn đấu đưa thêm khoảng 20 người vào cai nghiện tại cơ sở, công nhận thêm từ 2 đến 3 xã không có ma túy. Mọi thông tin phản ánh xin gửi về Tổ 5, thị trấn Khánh Yên; điện thoại 0214.3876.112.

Văn phòng HĐND và UBND huyện
"""

A30 = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
A30i = P("Tính đến ngày 30/9/2024", None, "2024-09-30", inherited=True)
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Q4 = P("quý IV/2024", "2024-10-01", "2024-12-31")

FIGS = [
    F("có 247 người", "247", 247, "count", "người nghiện", "người nghiện ma túy có hồ sơ quản lý", period=A30),
    F("15/23 xã", "15", 15, "count", "xã, thị trấn", "xã, thị trấn có người nghiện", total=23, period=A30),
    F("Khoảng 60% số người", "60", 60, "percent", "%", "người nghiện là người dân tộc thiểu số", approx="about", period=A30i),
    F("từ 18 đến 40", "18", 18, "measure", "tuổi", value_max=40, optional=True),
    F("gia đình\n28\n", "28", 28, "count", "người", "Cai nghiện tự nguyện tại gia đình Năm 2023", period=Y23),
    F("28\n19\n", "19", 19, "count", "người", "Cai nghiện tự nguyện tại gia đình 9 tháng năm 2024", period=M9),
    F("cộng đồng\n41\n", "41", 41, "count", "người", "Cai nghiện tự nguyện tại cộng đồng Năm 2023", period=Y23),
    F("41\n36\n", "36", 36, "count", "người", "Cai nghiện tự nguyện tại cộng đồng 9 tháng năm 2024", period=M9),
    F("cơ sở\n63\n", "63", 63, "count", "người", "Cai nghiện bắt buộc tại cơ sở Năm 2023", period=Y23),
    F("63\n52\n", "52", 52, "count", "người", "Cai nghiện bắt buộc tại cơ sở 9 tháng năm 2024", period=M9),
    F("Methadone\n145\n", "145", 145, "count", "người", "Điều trị Methadone Năm 2023", period=Y23),
    F("145\n158\n", "158", 158, "count", "người", "Điều trị Methadone 9 tháng năm 2024", period=M9),
    F("đạt 93,5%", "93,5", 93.5, "percent", "%", "Tỷ lệ người nghiện được quản lý, tư vấn, hỗ trợ cai nghiện",
      target={"value": 90, "unit": "%", "met": True}, period=M9),
    F("bố trí 850 triệu đồng", "850", 850000000, "money", "đồng", "kinh phí cho công tác cai nghiện"),
    F("hỗ trợ 1,5 triệu", "1,5", 1500000, "money", "đồng/người/đợt", "hỗ trợ người cai nghiện tự nguyện tại cộng đồng"),
    F("Hiện 7 xã", "7", 7, "count", "xã", "xã được công nhận không có ma túy",
      change={"direction": "increase", "value": 2, "unit": "xã", "baseline": "năm 2023"}),
    F("khoảng 20 người", "20", 20, "count", "người", "người đưa vào cai nghiện tại cơ sở", approx="about",
      status="target", period=Q4),
    F("từ 2 đến 3 xã", "2", 2, "count", "xã", "xã công nhận thêm không có ma túy", value_max=3, status="target", period=Q4),
]

COMMENTS = [
    "District portal, huyện Văn Bàn (Lào Cai): cai nghiện ma túy. 'Ngày đăng: 08/10/2024' without time, 'Lượt xem: 417' on the next line (furniture).",
    "One-cell-per-line table with 'Đơn vị tính: người': columns Năm 2023 / 9 tháng năm 2024 give the period; subject = row label + column label.",
    "Distractors: Nghị định số 116/2021/NĐ-CP, 'Tổ 5', phone 0214.3876.112, commune names. Age range 'từ 18 đến 40' is a description: optional.",
    "'15/23 xã, thị trấn' total 23. 'Khoảng 60%' is in the next sentence after the as-of date (inherited).",
    "'đạt 93,5%, vượt chỉ tiêu tỉnh giao (90%)': target 90 met. '1,5 triệu đồng/người/đợt' is a rate: money with unit 'đồng/người/đợt'.",
    "'Hiện 7 xã …, tăng 2 xã so với năm 2023': change 2 xã ('Hiện' is no dated period). Quý IV/2024 plans: status target; 'từ 2 đến 3 xã' range.",
]

if __name__ == "__main__":
    write(5, TEXT, COMMENTS, FIGS, published="2024-10-08", location="Văn Bàn")
