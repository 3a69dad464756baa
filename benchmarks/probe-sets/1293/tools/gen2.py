"""p1293-2: district portal (huyện Gò Dầu): a shrimp-salt cooperative's 2023 results and 2024 plan; district totals."""
from lib import fig, per, inh, chg, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN GÒ DẦU - TỈNH TÂY NINH
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Kinh tế | Liên hệ

HTX Muối tôm Hiệp Thạnh: doanh thu năm 2023 đạt hơn 14 tỷ đồng

22/03/2024 - 09:30

Thành lập năm 2017 với 9 thành viên, Hợp tác xã Muối tôm Hiệp Thạnh (tổ 5, ấp Xóm Mới, xã Hiệp Thạnh) hiện có 23 thành viên, trong đó 17 thành viên là nữ.

Năm 2023, HTX sản xuất 186 tấn muối tôm, muối ớt các loại, doanh thu đạt 14,3 tỷ đồng, tăng 18% so với năm 2022; lợi nhuận hơn 1,6 tỷ đồng. Thu nhập bình quân của lao động là 7,5 triệu đồng/người/tháng.

HTX có 2 xưởng sản xuất với tổng diện tích khoảng 600 m2, công suất 1,2 tấn/ngày. Sản phẩm Muối tôm Hiệp Thạnh đạt OCOP 4 sao năm 2022, hiện có mặt tại hơn 40 điểm bán trong và ngoài tỉnh.

Bà Nguyễn Thị Kim Loan, Giám đốc HTX cho biết, năm 2024 HTX phấn đấu sản xuất 220 tấn, doanh thu từ 16 đến 17 tỷ đồng; dự kiến tuyển thêm 10-12 lao động.

Theo Phòng Kinh tế huyện, toàn huyện hiện có 46 cơ sở sản xuất muối tôm, muối ớt, gồm 3 hợp tác xã và 43 hộ kinh doanh; tổng sản lượng năm 2023 khoảng 1.150 tấn, chiếm 20% sản lượng toàn tỉnh. Mục tiêu đến năm 2025, huyện có ít nhất 5 sản phẩm muối tôm đạt chuẩn OCOP; hiện đã có 3 sản phẩm.

Nguồn: Phòng Văn hóa và Thông tin huyện Gò Dầu

Tin khác:
- Gò Dầu ra quân Tháng Thanh niên năm 2024
- Xã Phước Thạnh đạt chuẩn nông thôn mới nâng cao

Địa chỉ: Số 2 đường Hùng Vương, khu phố Thanh Hà, thị trấn Gò Dầu | Điện thoại: 0276.3853.214
"""

Y23H = per("năm 2023", "2023-01-01", "2023-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y17 = per("năm 2017", "2017-01-01", "2017-12-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
HTX = "HTX Muối tôm Hiệp Thạnh"

FIGS = [
    fig("đạt hơn 14 tỷ", "14", 14e9, "money", "đồng", approx="over",
        subject=f"doanh thu {HTX}", period=Y23H),
    fig("với 9 thành viên", "9", 9, "count", "thành viên",
        subject="thành viên Hợp tác xã Muối tôm Hiệp Thạnh khi thành lập", period=Y17),
    fig("có 23 thành viên", "23", 23, "count", "thành viên", subject="thành viên Hợp tác xã Muối tôm Hiệp Thạnh"),
    fig("17 thành viên", "17", 17, "count", "thành viên", total=23, subject="thành viên là nữ"),
    fig("sản xuất 186 tấn", "186", 186, "measure", "tấn",
        subject="muối tôm, muối ớt các loại HTX sản xuất", period=Y23),
    fig("đạt 14,3 tỷ", "14,3", 14.3e9, "money", "đồng", change=chg("increase", 18, "%", "năm 2022"),
        subject="doanh thu HTX", period=Y23),
    fig("hơn 1,6 tỷ", "1,6", 1.6e9, "money", "đồng", approx="over", subject="lợi nhuận HTX", period=Y23),
    fig("là 7,5 triệu", "7,5", 7.5e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân của lao động", period=inh(Y23)),
    fig("có 2 xưởng", "2", 2, "count", "xưởng", subject="xưởng sản xuất của HTX"),
    fig("khoảng 600 m2", "600", 600, "measure", "m2", approx="about", subject="tổng diện tích xưởng sản xuất"),
    fig("công suất 1,2 tấn/ngày", "1,2", 1.2, "measure", "tấn/ngày", subject="công suất xưởng sản xuất"),
    fig("hơn 40 điểm bán", "40", 40, "count", "điểm bán", approx="over",
        subject="điểm bán có sản phẩm Muối tôm Hiệp Thạnh"),
    fig("sản xuất 220 tấn", "220", 220, "measure", "tấn", status="target",
        subject="sản lượng HTX sản xuất", period=Y24),
    fig("từ 16 đến 17 tỷ", "16", 16e9, "money", "đồng", value_max=17e9, status="target",
        subject="doanh thu HTX", period=Y24),
    fig("thêm 10-12 lao động", "10", 10, "count", "lao động", value_max=12, status="forecast",
        subject="lao động HTX tuyển thêm", period=Y24),
    fig("có 46 cơ sở", "46", 46, "count", "cơ sở", subject="cơ sở sản xuất muối tôm, muối ớt"),
    fig("gồm 3 hợp tác xã", "3", 3, "count", "hợp tác xã", total=46, subject="hợp tác xã sản xuất muối tôm, muối ớt"),
    fig("43 hộ kinh doanh", "43", 43, "count", "hộ kinh doanh", total=46,
        subject="hộ kinh doanh sản xuất muối tôm, muối ớt"),
    fig("khoảng 1.150 tấn", "1.150", 1150, "measure", "tấn", approx="about", percent=20,
        subject="tổng sản lượng muối tôm, muối ớt của huyện", period=per("năm 2023", "2023-01-01", "2023-12-31")),
    fig("ít nhất 5 sản phẩm", "5", 5, "count", "sản phẩm", approx="at_least", status="target",
        subject="sản phẩm muối tôm đạt chuẩn OCOP", period=T25),
    fig("đã có 3 sản phẩm", "3", 3, "count", "sản phẩm", subject="sản phẩm muối tôm đạt chuẩn OCOP"),
]

NOTES = [
    "District portal (huyện Gò Dầu, Tây Ninh): HTX Muối tôm Hiệp Thạnh (invented) in xã Hiệp Thạnh; '22/03/2024 - 09:30' under the headline.",
    "Distractors: 'tổ 5', 'OCOP 4 sao năm 2022', 09:30, 'Số 2 đường Hùng Vương', phone 0276.3853.214, founding year 2017, years in links.",
    "All figures are located in Gò Dầu (the cooperative lies in the district; the district totals). 'hiện' figures: no period.",
    "'Thành lập năm 2017 với 9 thành viên': the 9 members are dated 2017. 17 women are part of the 23 members (trong đó).",
    "'gồm 3 hợp tác xã và 43 hộ kinh doanh' add up to 46: total 46. 'chiếm 20% sản lượng toàn tỉnh' is the share of 1.150 tấn.",
    "'phấn đấu' (target) governs '220 tấn' and the revenue range; 'dự kiến tuyển thêm 10-12 lao động' after ';' is a forecast.",
]

if __name__ == "__main__":
    write("p1293-2", TEXT, NOTES, FIGS, published="2024-03-22", location="Gò Dầu")
