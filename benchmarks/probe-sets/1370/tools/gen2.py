"""p1370-2: district portal (huyện Gia Lâm, Hà Nội): fake-brand clothing seized at Ninh Hiệp; district 6-month results."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN GIA LÂM - THÀNH PHỐ HÀ NỘI
Trang chủ | Giới thiệu | Tin tức | Kinh tế - Xã hội | Văn bản

Thu giữ hơn 5.300 sản phẩm giả mạo nhãn hiệu tại xã Ninh Hiệp
18/07/2024 - 10:45

Ngày 16/7, Đội QLTT số 12 (Cục QLTT Hà Nội) phối hợp với Công an huyện Gia Lâm kiểm tra hai kho hàng tại thôn 2, xã Ninh Hiệp. Tại thời điểm kiểm tra, đoàn phát hiện 5.326 sản phẩm quần áo, túi xách, thắt lưng có dấu hiệu giả mạo các nhãn hiệu Chanel, Dior, Louis Vuitton, gồm 3.910 sản phẩm quần áo, 1.102 túi xách và 314 thắt lưng. Số hàng được đóng trong gần ba chục bao tải lớn, chuẩn bị chuyển đi tiêu thụ tại các tỉnh phía Nam.

Chủ hàng là bà Nguyễn Thị H. (sinh năm 1986, trú tại xã Ninh Hiệp) không xuất trình được hóa đơn, chứng từ. Theo giá niêm yết, tổng trị giá số hàng ước tính khoảng 640 triệu đồng.

Theo UBND huyện Gia Lâm, 6 tháng đầu năm 2024, các lực lượng chức năng trên địa bàn huyện đã kiểm tra 214 cơ sở kinh doanh, phát hiện 87 cơ sở vi phạm, chiếm 40,7%; xử phạt hành chính hơn 1,35 tỷ đồng, tăng 21% so với cùng kỳ. Riêng tại chợ Ninh Hiệp, số vụ vi phạm về hàng giả, hàng nhái là 36 vụ, gấp hai lần cùng kỳ năm trước.

Thời gian tới, huyện phấn đấu 100% hộ kinh doanh tại chợ Ninh Hiệp ký cam kết không kinh doanh hàng giả; dự kiến tổ chức 3 đợt kiểm tra cao điểm trong 6 tháng cuối năm. Người dân phát hiện vi phạm có thể báo qua đường dây nóng 024.3876.5432.

Nguồn: Phòng Kinh tế huyện Gia Lâm
Tin khác:
- Gia Lâm ra quân kiểm tra an toàn thực phẩm dịp Tết Trung thu
- Xã Ninh Hiệp đạt chuẩn nông thôn mới nâng cao

UBND HUYỆN GIA LÂM - Địa chỉ: số 8 đường Cổ Bi, thị trấn Trâu Quỳ
"""

H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H2 = per("6 tháng cuối năm", "2024-07-01", "2024-12-31")

FIGS = [
    fig("hơn 5.300 sản phẩm", "5.300", 5300, "count", "sản phẩm", approx="over",
        subject="sản phẩm giả mạo nhãn hiệu thu giữ"),
    fig("kiểm tra hai kho hàng", "hai", 2, "count", "kho hàng", subject="kho hàng kiểm tra"),
    fig("phát hiện 5.326 sản phẩm", "5.326", 5326, "count", "sản phẩm",
        subject="sản phẩm quần áo, túi xách, thắt lưng có dấu hiệu giả mạo nhãn hiệu"),
    fig("gồm 3.910 sản phẩm", "3.910", 3910, "count", "sản phẩm", total=5326, subject="sản phẩm quần áo"),
    fig("1.102 túi xách", "1.102", 1102, "count", "túi xách", total=5326, subject="túi xách"),
    fig("314 thắt lưng", "314", 314, "count", "thắt lưng", total=5326, subject="thắt lưng"),
    fig("gần ba chục bao tải", "ba chục", 30, "count", "bao tải", approx="nearly",
        subject="bao tải lớn đóng số hàng"),
    fig("khoảng 640 triệu", "640", 640e6, "money", "đồng", approx="about", status="estimate",
        subject="tổng trị giá số hàng"),
    fig("kiểm tra 214 cơ sở", "214", 214, "count", "cơ sở", subject="cơ sở kinh doanh kiểm tra", period=H1),
    fig("phát hiện 87 cơ sở", "87", 87, "count", "cơ sở", percent=40.7, subject="cơ sở vi phạm", period=H1),
    fig("hơn 1,35 tỷ", "1,35", 1.35e9, "money", "đồng", approx="over", change=chg("increase", 21, "%", "cùng kỳ"),
        subject="tiền xử phạt hành chính", period=H1),
    fig("là 36 vụ", "36", 36, "count", "vụ", change=chg("increase", 2, "lần", "cùng kỳ năm trước"),
        subject="số vụ vi phạm về hàng giả, hàng nhái tại chợ Ninh Hiệp", period=inh(H1)),
    fig("phấn đấu 100%", "100", 100, "percent", "%", status="target",
        subject="hộ kinh doanh tại chợ Ninh Hiệp ký cam kết không kinh doanh hàng giả"),
    fig("tổ chức 3 đợt", "3", 3, "count", "đợt", status="forecast", subject="đợt kiểm tra cao điểm", period=H2),
]

NOTES = [
    "District portal (huyện Gia Lâm): banner, menu, '18/07/2024 - 10:45' under the headline (published), 'Nguồn:', 'Tin khác', address footer.",
    "All figures are the district's (Ninh Hiệp is a commune of Gia Lâm): location Gia Lâm.",
    "3.910 + 1.102 + 314 = 5.326, listed after 'gồm' (all products): total 5326. 'hai kho hàng', 'gần ba chục bao tải' are number words.",
    "'phát hiện 87 cơ sở vi phạm, chiếm 40,7%' after 'kiểm tra 214 cơ sở': share → percent 40.7; no part-of cue, so no total.",
    "'gấp hai lần cùng kỳ năm trước' → change 2 lần. '6 tháng cuối năm' takes 2024 from '6 tháng đầu năm 2024'.",
    "'phấn đấu 100%' → target, no period ('Thời gian tới'); 'dự kiến tổ chức 3 đợt' → forecast.",
    "Distractors: Đội QLTT số 12, thôn 2, 'sinh năm 1986', ngày 16/7, 10:45, phone 024.3876.5432, số 8 đường Cổ Bi.",
]

if __name__ == "__main__":
    write("p1370-2", TEXT, NOTES, FIGS, published="2024-07-18", location="Gia Lâm")
