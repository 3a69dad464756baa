from lib import F, P, I, C, T, write

TEXT = """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐÔNG ANH - THÀNH PHỐ HÀ NỘI
Trang chủ / Tin tức - Sự kiện / Quản lý đô thị
Thứ Năm, 16/05/2024 - 10:20

Đông Anh: Kiên quyết xử lý sân bóng đá mini xây dựng trái phép trên đất nông nghiệp

Thực hiện Kế hoạch số 96/KH-UBND ngày 02/4/2024 của UBND huyện, từ đầu tháng 4 đến nay, Đoàn kiểm tra liên ngành của huyện đã kiểm tra 47 sân bóng đá mini trên địa bàn 14 xã, trong đó nhiều sân nằm dọc Quốc lộ 3 và đường Võ Nguyên Giáp.

Kết quả, có 29 sân xây dựng trên đất nông nghiệp, đất công ích do UBND xã quản lý, chiếm 61,7% số sân được kiểm tra, với tổng diện tích vi phạm khoảng 3,8 ha. Trong đó, xã Vân Nội có 6 sân, xã Nguyên Khê 5 sân, xã Xuân Canh 4 sân. Phần lớn các sân được xây dựng từ năm 2019 đến năm 2022, có tường rào, mái che và hệ thống đèn chiếu sáng kiên cố.

Đến nay, đã có 12 chủ sân tự nguyện tháo dỡ, hoàn trả mặt bằng với diện tích hơn 1,2 ha; UBND huyện đã ban hành 17 quyết định xử phạt vi phạm hành chính với tổng số tiền 425 triệu đồng. Theo Nghị định số 91/2019/NĐ-CP, hành vi tự ý chuyển đất trồng lúa sang đất phi nông nghiệp có diện tích dưới 0,1 ha bị phạt tiền từ 20 triệu đến 50 triệu đồng.

Theo khảo sát của Phòng Văn hóa và Thông tin huyện, giá thuê sân tại các xã dao động 300.000-400.000 đồng/giờ, mỗi sân thu về bình quân 60-80 triệu đồng/tháng, vì vậy nhiều chủ sân vẫn cố tình vi phạm.

Phó Chủ tịch UBND huyện Nguyễn Văn Hai cho biết, huyện phấn đấu xử lý dứt điểm 100% sân vi phạm trước ngày 30/9/2024; đồng thời quy hoạch 8 điểm sân thể thao công cộng với tổng diện tích khoảng 4,5 ha để đáp ứng nhu cầu luyện tập của nhân dân.

Điện thoại: 024.3883.2131
"""

APR = P("từ đầu tháng 4 đến nay", "2024-04-01", "2024-05-16")
NOW = P("Đến nay", None, "2024-05-16")
DL = P("trước ngày 30/9/2024", None, "2024-09-30")
VI = "sân bóng đá mini xây dựng trên đất nông nghiệp, đất công ích"

FIGS = [
    F("kiểm tra 47 sân", "47", 47, "count", "sân", "sân bóng đá mini được kiểm tra", APR),
    F("địa bàn 14 xã", "14", 14, "count", "xã", "xã có sân bóng đá mini được kiểm tra", APR),
    F("có 29 sân", "29", 29, "count", "sân", VI, I(APR), percent=61.7),
    F("khoảng 3,8 ha", "3,8", 3.8, "measure", "ha", "tổng diện tích vi phạm", I(APR), approx="about"),
    F("Vân Nội có 6 sân", "6", 6, "count", "sân", VI, I(APR), total=29),
    F("Nguyên Khê 5 sân", "5", 5, "count", "sân", VI, I(APR), total=29),
    F("Xuân Canh 4 sân", "4", 4, "count", "sân", VI, I(APR), total=29),
    F("có 12 chủ sân", "12", 12, "count", "chủ sân", "chủ sân tự nguyện tháo dỡ, hoàn trả mặt bằng", NOW),
    F("hơn 1,2 ha", "1,2", 1.2, "measure", "ha", "diện tích hoàn trả mặt bằng", NOW, approx="over"),
    F("ban hành 17 quyết định", "17", 17, "count", "quyết định", "quyết định xử phạt vi phạm hành chính", NOW),
    F("số tiền 425 triệu đồng", "425", 425e6, "money", "đồng", "tổng số tiền xử phạt", NOW),
    F("dưới 0,1 ha", "0,1", 0.1, "measure", "ha", "diện tích đất trồng lúa chuyển sang đất phi nông nghiệp",
      approx="under", optional=True),
    F("từ 20 triệu đến 50 triệu đồng", "20", 20e6, "money", "đồng",
      "mức phạt tiền hành vi tự ý chuyển đất trồng lúa sang đất phi nông nghiệp", value_max=50e6),
    F("300.000-400.000 đồng/giờ", "300.000", 300000, "money", "đồng/giờ", "giá thuê sân tại các xã", value_max=400000),
    F("60-80 triệu đồng/tháng", "60", 60e6, "money", "đồng/tháng", "doanh thu bình quân mỗi sân", value_max=80e6),
    F("dứt điểm 100% sân vi phạm", "100", 100, "percent", "%", "sân vi phạm được xử lý dứt điểm", DL, status="target"),
    F("quy hoạch 8 điểm", "8", 8, "count", "điểm", "điểm sân thể thao công cộng quy hoạch", DL, status="target"),
    F("khoảng 4,5 ha", "4,5", 4.5, "measure", "ha", "tổng diện tích sân thể thao công cộng quy hoạch", DL,
      approx="about", status="target"),
]

NOTES = [
    "Đông Anh district portal (Hà Nội): inspection of mini pitches on farmland since April 2024, fines, removals, prices, targets.",
    "Not figures: Kế hoạch số 96/KH-UBND ngày 02/4/2024, Quốc lộ 3, từ năm 2019 đến năm 2022, Nghị định số 91/2019/NĐ-CP,",
    "the official's name Nguyễn Văn Hai, the phone 024.3883.2131, weekday/time of the dateline.",
    "Commune-level figures (xã Vân Nội …) keep the district 'Đông Anh' as location (FIGURES.md names province, city or district).",
    "29 sân 'chiếm 61,7% số sân được kiểm tra' has percent 61.7 but no total (the whole is not given as a number next to a part cue).",
    "'dưới 0,1 ha' is the category threshold of a fine bracket (optional); the fine bracket itself is a stated fact (required).",
    "'trước ngày 30/9/2024' gives the deadline of the targets (as-of end 2024-09-30) and carries into 'đồng thời quy hoạch …'.",
]

write("p1001-2", TEXT, FIGS, NOTES, published="2024-05-16", location="Đông Anh")
