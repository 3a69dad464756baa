"""p1425-2: district portal (huyện Thới Bình, Cà Mau): a cooperative's rice-shrimp results 2023, district area."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN THỚI BÌNH - TỈNH CÀ MAU
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ

HTX Tân Phú Lợi lãi gần 1,2 tỷ đồng từ mô hình tôm - lúa

20/05/2024 - 10:05

Sáng 18/5, HTX nông nghiệp Tân Phú Lợi (ấp 8, xã Tân Lộc Bắc) tổ chức hội nghị tổng kết năm 2023. HTX hiện có 38 thành viên, canh tác 126,5 ha theo mô hình tôm - lúa, trong đó 80 ha lúa được chứng nhận hữu cơ.

Năm 2023, HTX thu hoạch 612 tấn lúa ST25, năng suất bình quân 4,8 tấn/ha; toàn bộ sản lượng được Công ty TNHH Gạo Sạch Phương Nam bao tiêu với giá 9.500 đồng/kg, cao hơn 12% so với giá thị trường. Tôm sú nuôi trên ruộng lúa đạt năng suất khoảng 350 kg/ha, kết hợp thả tôm càng xanh và cua, mỗi ha thu thêm từ 25 đến 30 triệu đồng. Tổng lợi nhuận của HTX đạt gần 1,2 tỷ đồng, tăng 18,6% so với năm 2022; bình quân mỗi thành viên lãi hơn 31 triệu đồng.

Ông Nguyễn Văn Hậu, Giám đốc HTX, cho biết năm nay HTX phấn đấu nâng diện tích lúa hữu cơ lên 110 ha và kết nạp thêm ít nhất 10 thành viên. Dự kiến vụ lúa cuối năm, công ty sẽ nâng giá bao tiêu lên 10.000 đồng/kg.

Toàn huyện Thới Bình hiện có hơn 21.000 ha đất lúa - tôm, chiếm khoảng 45% diện tích đất sản xuất nông nghiệp. Từ đầu năm đến nay, huyện đã thả nuôi tôm trên 19.850 ha, đạt 94,5% kế hoạch. Huyện có 2 sản phẩm gạo từ mô hình tôm - lúa đạt OCOP 4 sao.

Nguồn: Phòng Nông nghiệp và PTNT huyện
Tin khác:
- Xã Biển Bạch Đông ra quân làm thủy lợi nội đồng
- Triển khai Chỉ thị số 05/CT-UBND về phòng, chống hạn, mặn mùa khô 2024

Địa chỉ: Khóm 2, thị trấn Thới Bình, huyện Thới Bình, tỉnh Cà Mau | ĐT: 0290.3850.112
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
NOW = per("năm nay", "2024-01-01", "2024-12-31")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-05-20")

FIGS = [
    fig("lãi gần 1,2 tỷ", "1,2", 1.2e9, "money", "đồng", approx="nearly",
        subject="lãi của HTX Tân Phú Lợi từ mô hình tôm - lúa"),
    fig("có 38 thành viên", "38", 38, "count", "thành viên", subject="thành viên HTX"),
    fig("canh tác 126,5 ha", "126,5", 126.5, "measure", "ha",
        subject="diện tích HTX canh tác theo mô hình tôm - lúa"),
    fig("trong đó 80 ha", "80", 80, "measure", "ha", total=126.5,
        subject="diện tích lúa được chứng nhận hữu cơ"),
    fig("hoạch 612 tấn", "612", 612, "measure", "tấn", subject="lúa ST25 HTX thu hoạch", period=Y23),
    fig("bình quân 4,8 tấn/ha", "4,8", 4.8, "measure", "tấn/ha", subject="năng suất lúa bình quân", period=Y23),
    fig("giá 9.500 đồng/kg", "9.500", 9500, "money", "đồng/kg",
        change=chg("increase", 12, "%", "giá thị trường"), subject="giá bao tiêu lúa", period=Y23),
    fig("khoảng 350 kg/ha", "350", 350, "measure", "kg/ha", approx="about",
        subject="năng suất tôm sú nuôi trên ruộng lúa", period=inh(Y23)),
    fig("từ 25 đến 30 triệu", "25", 25e6, "money", "đồng/ha", value_max=30e6,
        subject="thu thêm từ tôm càng xanh và cua", period=inh(Y23)),
    fig("đạt gần 1,2 tỷ", "1,2", 1.2e9, "money", "đồng", approx="nearly",
        change=chg("increase", 18.6, "%", "năm 2022"), subject="tổng lợi nhuận của HTX", period=inh(Y23)),
    fig("lãi hơn 31 triệu", "31", 31e6, "money", "đồng/thành viên", approx="over",
        subject="lãi bình quân mỗi thành viên", period=inh(Y23)),
    fig("lên 110 ha", "110", 110, "measure", "ha", status="target", subject="diện tích lúa hữu cơ", period=NOW),
    fig("ít nhất 10 thành viên", "10", 10, "count", "thành viên", approx="at_least", status="target",
        subject="thành viên kết nạp thêm", period=NOW),
    fig("lên 10.000 đồng/kg", "10.000", 10000, "money", "đồng/kg", status="forecast",
        subject="giá bao tiêu lúa vụ cuối năm"),
    fig("hơn 21.000 ha", "21.000", 21000, "measure", "ha", approx="over", percent=45,
        subject="đất lúa - tôm toàn huyện"),
    fig("trên 19.850 ha", "19.850", 19850, "measure", "ha", approx="over", percent=94.5,
        subject="diện tích thả nuôi tôm", period=YTD),
    fig("có 2 sản phẩm", "2", 2, "count", "sản phẩm",
        subject="sản phẩm gạo từ mô hình tôm - lúa đạt OCOP 4 sao"),
]

NOTES = [
    "District portal (huyện Thới Bình, Cà Mau): banner, menu, '20/05/2024 - 10:05' under the headline, 'Nguồn:', 'Tin khác', address footer.",
    "Distractors: 'Sáng 18/5', 'ấp 8', ST25, 'OCOP 4 sao', Chỉ thị số 05/CT-UBND, 'mùa khô 2024', 'Khóm 2', phone 0290.3850.112, 10:05.",
    "Location: the cooperative is in xã Tân Lộc Bắc of the district, so every figure is located in Thới Bình.",
    "'Năm 2023' opens the paragraph's first sentence; the later sentences of that paragraph inherit it (not scored).",
    "'mỗi ha thu thêm từ 25 đến 30 triệu đồng' → đồng/ha; 'bình quân mỗi thành viên lãi hơn 31 triệu đồng' → đồng/thành viên.",
    "'Từ đầu năm đến nay' ends at the dateline 2024-05-20; 'đạt 94,5% kế hoạch' and 'chiếm khoảng 45%' are percent attributes.",
    "'Dự kiến vụ lúa cuối năm' → forecast, no period (a crop season, not a dated period). 'hiện' gives no period.",
]

if __name__ == "__main__":
    write("p1425-2", TEXT, NOTES, FIGS, published="2024-05-20", location="Thới Bình")
