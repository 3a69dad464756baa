from lib import F, P, inh, CH, emit

TEXT = """BÁO QUẢNG NGÃI ĐIỆN TỬ
Thời sự › Giao thông

Cả nước xử lý gần 2.900 trường hợp vi phạm nồng độ cồn mỗi ngày dịp Tết
THANH NHƯ 06:48, 20/02/2024 | 1.284 lượt xem

(Baoquangngai.vn) - Theo Cục Cảnh sát giao thông (Bộ Công an), trong 10 ngày nghỉ Tết Nguyên đán Giáp Thìn (từ ngày 8/2 đến 17/2/2024), lực lượng Cảnh sát giao thông toàn quốc đã xử lý 28.683 trường hợp vi phạm nồng độ cồn, tăng 31,4% so với Tết Quý Mão 2023, bình quân gần 2.900 trường hợp mỗi ngày; tước quyền sử dụng giấy phép lái xe 16.721 trường hợp, tạm giữ 21.306 phương tiện.

Các địa phương phát hiện nhiều trường hợp vi phạm nồng độ cồn nhất gồm Hà Nội (2.135 trường hợp), TP Hồ Chí Minh (1.874 trường hợp), Nghệ An (1.206 trường hợp) và Thanh Hóa (1.158 trường hợp). Cũng trong dịp Tết, toàn quốc xảy ra 198 vụ tai nạn giao thông, làm chết 136 người, bị thương 142 người; so với Tết năm trước giảm 34 vụ, giảm 28 người chết.

Tại Quảng Ngãi, Phòng Cảnh sát giao thông huy động 100% quân số, phối hợp Công an các huyện, thị xã, thành phố lập biên bản 612 trường hợp vi phạm nồng độ cồn, trong đó người điều khiển ô tô 47 trường hợp, mô tô, xe máy 565 trường hợp; phạt tiền hơn 2,4 tỷ đồng. Với kết quả này, Quảng Ngãi đứng thứ 14/63 tỉnh, thành phố về số trường hợp vi phạm nồng độ cồn bị xử lý trong dịp Tết.

Thượng tá Võ Văn Tám, Trưởng phòng Cảnh sát giao thông Công an tỉnh cho biết, từ nay đến hết tháng 3/2024, đơn vị tiếp tục duy trì các tổ kiểm soát nồng độ cồn trên Quốc lộ 1 và Quốc lộ 24 từ 19 giờ đến 23 giờ hằng ngày. Người dân phản ánh vi phạm qua đường dây nóng 0255.3822.690.
"""

TET = P("từ ngày 8/2 đến 17/2/2024", "2024-02-08", "2024-02-17")
TETi = inh(TET)
QN = "Quảng Ngãi"
NDC = "trường hợp vi phạm nồng độ cồn"

FIGS = [
    F("gần 2.900 trường hợp vi phạm nồng độ cồn mỗi ngày", "2.900", 2900, "measure", "trường hợp/ngày",
      "trường hợp vi phạm nồng độ cồn xử lý mỗi ngày", TETi, approx="nearly"),
    F("xử lý 28.683 trường hợp", "28.683", 28683, "count", "trường hợp", NDC, TET,
      change=CH("increase", 31.4, "%", "Tết Quý Mão 2023")),
    F("bình quân gần 2.900 trường hợp", "2.900", 2900, "measure", "trường hợp/ngày",
      "bình quân trường hợp vi phạm nồng độ cồn mỗi ngày", TET, approx="nearly"),
    F("xe 16.721 trường hợp", "16.721", 16721, "count", "trường hợp",
      "trường hợp bị tước quyền sử dụng giấy phép lái xe", TET),
    F("tạm giữ 21.306 phương tiện", "21.306", 21306, "count", "phương tiện", "phương tiện bị tạm giữ", TET),
    F("Hà Nội (2.135 trường hợp)", "2.135", 2135, "count", "trường hợp", NDC, TETi, location="Hà Nội"),
    F("Minh (1.874 trường hợp)", "1.874", 1874, "count", "trường hợp", NDC, TETi, location="TP Hồ Chí Minh"),
    F("Nghệ An (1.206 trường hợp)", "1.206", 1206, "count", "trường hợp", NDC, TETi, location="Nghệ An"),
    F("Thanh Hóa (1.158 trường hợp)", "1.158", 1158, "count", "trường hợp", NDC, TETi, location="Thanh Hóa"),
    F("xảy ra 198 vụ", "198", 198, "count", "vụ", "vụ tai nạn giao thông", TETi,
      change=CH("decrease", 34, "vụ", "Tết năm trước")),
    F("chết 136 người", "136", 136, "count", "người", "người chết do tai nạn giao thông", TETi,
      change=CH("decrease", 28, "người", "Tết năm trước")),
    F("thương 142 người", "142", 142, "count", "người", "người bị thương do tai nạn giao thông", TETi),
    F("huy động 100% quân số", "100", 100, "percent", "%",
      "quân số Phòng Cảnh sát giao thông huy động", TETi, location=QN),
    F("biên bản 612 trường hợp", "612", 612, "count", "trường hợp", NDC, TETi, location=QN),
    F("ô tô 47 trường hợp", "47", 47, "count", "trường hợp",
      "người điều khiển ô tô vi phạm nồng độ cồn", TETi, total=612, location=QN),
    F("xe máy 565 trường hợp", "565", 565, "count", "trường hợp",
      "người điều khiển mô tô, xe máy vi phạm nồng độ cồn", TETi, total=612, location=QN),
    F("hơn 2,4 tỷ đồng", "2,4", 2.4e9, "money", "đồng", "phạt tiền", TETi, approx="over", location=QN),
    F("thứ 14/63", "14", 14, "rank", "hạng",
      "số trường hợp vi phạm nồng độ cồn bị xử lý", TETi, total=63, location=QN),
]

emit("p273-5", TEXT, [
    "Party provincial newspaper (Báo Quảng Ngãi): national drink-driving results over Tết Giáp Thìn 2024 plus the province's own.",
    "Dateline with byline before and counter after: 'THANH NHƯ 06:48, 20/02/2024 | 1.284 lượt xem'.",
    "Distractors: '10 ngày nghỉ Tết' (a duration locating the figures), the '(Baoquangngai.vn)' tag, 'tháng 3/2024', 'Quốc lộ 1/24', times, hotline.",
    "Period 'từ ngày 8/2 đến 17/2/2024'; later sentences ('Cũng trong dịp Tết', 'trong dịp Tết') refer back to it → inherited.",
    "'bình quân gần 2.900 trường hợp mỗi ngày' (and the headline's) is a rate: measure in trường hợp/ngày. Province list → locations.",
    "'so với Tết năm trước giảm 34 vụ, giảm 28 người chết' distributes its changes by unit. National default location Việt Nam;",
    "the Quảng Ngãi paragraph (incl. 'đứng thứ 14/63 tỉnh, thành phố' → rank 14, total 63) is located in Quảng Ngãi.",
], FIGS, published="2024-02-20", location="Việt Nam")
