"""p1535-8: radio/TV site (Đài PT-TH Lạng Sơn, tag LSTV): seizure of smuggled staplers and clips in huyện Cao Lộc, year-to-date enforcement."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH LẠNG SƠN
Thời sự | Kinh tế | Pháp luật | Video | Phát thanh

Thu giữ hơn 12.000 sản phẩm văn phòng phẩm không rõ nguồn gốc

Cập nhật lúc: 10:25 - 05/11/2024

(LSTV) - Ngày 4/11, Đội Quản lý thị trường số 2 phối hợp với Công an huyện Cao Lộc kiểm tra xe tải biển kiểm soát 12C-086.45 trên Quốc lộ 1 đoạn qua huyện Cao Lộc, phát hiện 12.460 sản phẩm văn phòng phẩm do nước ngoài sản xuất không có hóa đơn, chứng từ, gồm 3.200 chiếc dập ghim, 8.500 hộp ghim bấm và 760 hộp kẹp giấy. Tổng trị giá hàng hóa ước tính khoảng 185 triệu đồng.

Tại thời điểm kiểm tra, lái xe không xuất trình được giấy tờ chứng minh nguồn gốc hàng hóa. Lực lượng chức năng đã lập biên bản, tạm giữ toàn bộ số hàng để xử lý theo quy định.

Theo Cục Quản lý thị trường tỉnh, từ đầu năm đến nay, lực lượng quản lý thị trường tỉnh đã phát hiện, xử lý 37 vụ vi phạm liên quan đến văn phòng phẩm, tăng 9 vụ so với cùng kỳ năm 2023; xử phạt hành chính hơn 420 triệu đồng, tịch thu hàng hóa trị giá gần 1,1 tỷ đồng. Trong đó, 21 vụ buôn bán hàng nhập lậu và 16 vụ kinh doanh hàng hóa không rõ nguồn gốc. Trong 10 tháng, số vụ vi phạm về văn phòng phẩm chiếm khoảng 6% tổng số vụ việc được xử lý.

Ông Hoàng Văn Tùng, Đội trưởng Đội Quản lý thị trường số 2, cho biết thời gian tới đơn vị tăng cường kiểm soát các tuyến đường từ khu vực biên giới, dự kiến tổ chức 2 đợt kiểm tra cao điểm trước Tết Nguyên đán Ất Tỵ 2025.

Đường dây nóng: 0205.3812.345
"""

DAY = per("Ngày 4/11", "2024-11-04", "2024-11-04")
YTD = per("từ đầu năm đến nay", "2024-01-01", "2024-11-05")
TEN = per("Trong 10 tháng", "2024-01-01", "2024-10-31")
CL = "Cao Lộc"

FIGS = [
    fig("hơn 12.000 sản phẩm", "12.000", 12000, "count", "sản phẩm", approx="over",
        subject="sản phẩm văn phòng phẩm không rõ nguồn gốc bị thu giữ", location=CL),
    fig("phát hiện 12.460 sản phẩm", "12.460", 12460, "count", "sản phẩm",
        subject="sản phẩm văn phòng phẩm do nước ngoài sản xuất không có hóa đơn, chứng từ", period=DAY, location=CL),
    fig("3.200 chiếc", "3.200", 3200, "count", "chiếc", total=12460, subject="dập ghim", period=DAY, location=CL),
    fig("8.500 hộp", "8.500", 8500, "count", "hộp", total=12460, subject="ghim bấm", period=DAY, location=CL),
    fig("760 hộp", "760", 760, "count", "hộp", total=12460, subject="kẹp giấy", period=DAY, location=CL),
    fig("khoảng 185 triệu", "185", 185e6, "money", "đồng", approx="about", status="estimate",
        subject="tổng trị giá hàng hóa", period=inh(DAY), location=CL),
    fig("xử lý 37 vụ", "37", 37, "count", "vụ", change=chg("increase", 9, "vụ", "cùng kỳ năm 2023"),
        subject="vụ vi phạm liên quan đến văn phòng phẩm", period=YTD),
    fig("hơn 420 triệu", "420", 420e6, "money", "đồng", approx="over",
        subject="tiền xử phạt hành chính", period=YTD),
    fig("gần 1,1 tỷ", "1,1", 1.1e9, "money", "đồng", approx="nearly",
        subject="trị giá hàng hóa tịch thu", period=YTD),
    fig("21 vụ buôn bán", "21", 21, "count", "vụ", total=37, subject="vụ buôn bán hàng nhập lậu",
        period=inh(YTD)),
    fig("16 vụ kinh doanh", "16", 16, "count", "vụ", total=37,
        subject="vụ kinh doanh hàng hóa không rõ nguồn gốc", period=inh(YTD)),
    fig("khoảng 6%", "6", 6, "percent", "%", approx="about",
        subject="tỷ lệ số vụ vi phạm về văn phòng phẩm trong tổng số vụ việc được xử lý", period=TEN),
    fig("tổ chức 2 đợt", "2", 2, "count", "đợt", status="forecast",
        subject="đợt kiểm tra cao điểm trước Tết Nguyên đán"),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Lạng Sơn): menu, headline, 'Cập nhật lúc: 10:25 - 05/11/2024', tag '(LSTV) -', hotline footer.",
    "Distractors: 10:25, 'Đội Quản lý thị trường số 2' (twice), plate '12C-086.45', 'Quốc lộ 1', 'Ngày 4/11', 'Tết Nguyên đán Ất Tỵ 2025', hotline 0205.3812.345.",
    "The seizure on Quốc lộ 1 in huyện Cao Lộc: location Cao Lộc for its figures (headline included); the year-to-date provincial figures → Lạng Sơn.",
    "'Ngày 4/11' is the day of the inspection: period 2024-11-04..2024-11-04 (year from the dateline). 'gồm' parts → total 12.460 (they add up).",
    "'ước tính khoảng 185 triệu đồng' → estimate + about. 'tăng 9 vụ so với cùng kỳ năm 2023' → change of 37 vụ (unit vụ).",
    "'Trong đó, 21 vụ ... và 16 vụ' after a sentence break → total 37 (add up; the 420 triệu / 1,1 tỷ siblings are not the whole). 'từ đầu năm đến nay' ends at the dateline 2024-11-05; 'Trong 10 tháng' → 2024-01-01..2024-10-31. 'dự kiến tổ chức 2 đợt' → forecast, no period.",
]

if __name__ == "__main__":
    write("p1535-8", TEXT, NOTES, FIGS, published="2024-11-05", location="Lạng Sơn")
