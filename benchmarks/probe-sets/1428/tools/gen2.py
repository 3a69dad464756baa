"""p1428-2: district portal (huyện Ninh Hải, Ninh Thuận): a sea grapes cooperative and the district's figures."""
from lib import fig, per, chg, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN NINH HẢI - TỈNH NINH THUẬN
Trang chủ | Tin tức - Sự kiện | Kinh tế - Xã hội | Văn bản chỉ đạo

HTX Rong nho Nhơn Hải Xanh: Mô hình liên kết hiệu quả

18/06/2024 - 10:20

Được thành lập năm 2019 với 9 thành viên, hiện Hợp tác xã (HTX) Rong nho Nhơn Hải Xanh ở xã Nhơn Hải có 27 thành viên, trong đó 15 thành viên là phụ nữ. HTX đang quản lý 6,5 ha ao nuôi rong nho, gồm 4 ha ao đất và 2,5 ha ao lót bạt.

Theo ông Trần Văn Lộc, Giám đốc HTX, mỗi tháng HTX thu hoạch khoảng 12 tấn rong nho tươi, bán cho thương lái và hai doanh nghiệp chế biến trong tỉnh với giá bình quân 30.000 đồng/kg. Năm 2023, doanh thu của HTX đạt 3,8 tỷ đồng, lợi nhuận gần 900 triệu đồng; thu nhập của thành viên từ 8-10 triệu đồng/người/tháng.

Năm nay, HTX đầu tư 1,2 tỷ đồng xây dựng xưởng sơ chế và mua một máy tách nước rong nho, dự kiến nâng sản lượng rong nho tách nước lên 20 tấn/năm, tăng gấp đôi so với năm 2023.

Toàn huyện hiện có khoảng 38 ha nuôi rong nho, tập trung tại các xã Nhơn Hải, Thanh Hải và Vĩnh Hải, chiếm hơn 70% diện tích rong nho của tỉnh. 6 tháng đầu năm 2024, sản lượng rong nho toàn huyện ước đạt 410 tấn, bằng 52% kế hoạch năm. Mục tiêu đến năm 2025, huyện phát triển 50 ha rong nho, trong đó ít nhất 10 ha đạt chứng nhận VietGAP.

Nguồn: Phòng Nông nghiệp và PTNT huyện

Tin khác:
- Ninh Hải: Hội nghị sơ kết công tác 6 tháng đầu năm 2024
- Xã Vĩnh Hải ra quân dọn vệ sinh môi trường biển

Địa chỉ: Số 02 đường 16/4, thị trấn Khánh Hải, huyện Ninh Hải
Điện thoại: 0259.3873.226
"""

Y19 = per("năm 2019", "2019-01-01", "2019-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
NOW = per("Năm nay", "2024-01-01", "2024-12-31")
H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
TO25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("với 9 thành viên", "9", 9, "count", "thành viên", subject="thành viên HTX khi thành lập", period=Y19),
    fig("có 27 thành viên", "27", 27, "count", "thành viên", subject="thành viên HTX Rong nho Nhơn Hải Xanh"),
    fig("trong đó 15 thành viên", "15", 15, "count", "thành viên", total=27, subject="thành viên là phụ nữ"),
    fig("quản lý 6,5 ha", "6,5", 6.5, "measure", "ha", subject="ao nuôi rong nho HTX quản lý"),
    fig("gồm 4 ha", "4", 4, "measure", "ha", total=6.5, subject="ao đất"),
    fig("và 2,5 ha", "2,5", 2.5, "measure", "ha", total=6.5, subject="ao lót bạt"),
    fig("khoảng 12 tấn", "12", 12, "measure", "tấn/tháng", approx="about",
        subject="rong nho tươi HTX thu hoạch mỗi tháng"),
    fig("hai doanh nghiệp", "hai", 2, "count", "doanh nghiệp", subject="doanh nghiệp chế biến mua rong nho của HTX"),
    fig("bình quân 30.000 đồng/kg", "30.000", 30000, "money", "đồng/kg", subject="giá bán rong nho tươi bình quân"),
    fig("đạt 3,8 tỷ", "3,8", 3.8e9, "money", "đồng", subject="doanh thu của HTX", period=Y23),
    fig("gần 900 triệu", "900", 900e6, "money", "đồng", approx="nearly", subject="lợi nhuận của HTX", period=Y23),
    fig("từ 8-10 triệu", "8", 8e6, "money", "đồng/người/tháng", value_max=10e6,
        subject="thu nhập của thành viên", period=Y23),
    fig("đầu tư 1,2 tỷ", "1,2", 1.2e9, "money", "đồng",
        subject="vốn HTX đầu tư xây dựng xưởng sơ chế và mua máy tách nước", period=NOW),
    fig("một máy tách nước", "một", 1, "count", "máy", subject="máy tách nước rong nho HTX mua", period=NOW),
    fig("lên 20 tấn/năm", "20", 20, "measure", "tấn/năm", status="forecast",
        change=chg("increase", 2, "lần", "năm 2023"), subject="sản lượng rong nho tách nước", period=NOW),
    fig("khoảng 38 ha", "38", 38, "measure", "ha", approx="about", percent=70,
        subject="diện tích nuôi rong nho toàn huyện"),
    fig("ước đạt 410 tấn", "410", 410, "measure", "tấn", status="estimate", percent=52,
        subject="sản lượng rong nho toàn huyện", period=H1),
    fig("phát triển 50 ha", "50", 50, "measure", "ha", status="target",
        subject="diện tích rong nho huyện phát triển", period=TO25),
    fig("ít nhất 10 ha", "10", 10, "measure", "ha", approx="at_least", total=50, status="target",
        subject="diện tích rong nho đạt chứng nhận VietGAP", period=TO25),
]

NOTES = [
    "District portal (huyện Ninh Hải, Ninh Thuận): banner naming the district, date '18/06/2024 - 10:20', 'Nguồn:', 'Tin khác', address footer.",
    "Distractors: 10:20, '6 tháng đầu năm 2024' in a link title, 'Số 02 đường 16/4', phone 0259.3873.226, founding year 'năm 2019'.",
    "Location Ninh Hải for every figure (the cooperative is in xã Nhơn Hải of the district). '9 thành viên' at founding: period năm 2019.",
    "'hiện ... có 27 thành viên': no period. 'trong đó', 'gồm' parts take the whole. 'mỗi tháng ... khoảng 12 tấn' is a rate (tấn/tháng).",
    "'Năm nay' = 2024 (published). 'tăng gấp đôi so với năm 2023' is the change (2 lần) of the forecast 20 tấn/năm.",
    "'chiếm hơn 70%', 'bằng 52% kế hoạch năm' are percent attributes. 'Mục tiêu đến năm 2025': start null, end 2025-12-31; 'ít nhất 10 ha' part of 50 ha.",
]

if __name__ == "__main__":
    write("p1428-2", TEXT, NOTES, FIGS, published="2024-06-18", location="Ninh Hải")
