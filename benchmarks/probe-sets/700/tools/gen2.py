"""p700-2: Kim Bảng district portal (Hà Nam), limestone quarries 9 months 2024."""
from lib import emit, fig, per, inh, chg

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KIM BẢNG - TỈNH HÀ NAM
Tin tức - Sự kiện / Tài nguyên - Môi trường
Kim Bảng: 9 tháng năm 2024 khai thác 5,34 triệu m³ đá
Thứ Năm, 10/10/2024 - 15:20

Trên địa bàn huyện hiện có 16 mỏ đá vôi làm vật liệu xây dựng đang hoạt động, gồm: xã Thanh Sơn 6 mỏ, xã Thi Sơn 4 mỏ, xã Liên Sơn 3 mỏ và xã Khả Phong 3 mỏ; tổng diện tích được cấp phép khoảng 412,5 ha.

9 tháng năm 2024, sản lượng đá khai thác trên địa bàn huyện ước đạt 5,34 triệu m³, bằng 78,2% kế hoạch năm, tăng 4,1% so với cùng kỳ. Các doanh nghiệp đã nộp ngân sách nhà nước khoảng 186 tỷ đồng và giải quyết việc làm cho hơn 1.700 lao động, thu nhập bình quân 8,5 triệu đồng/người/tháng.

Thực hiện Quyết định số 2362/QĐ-UBND của UBND tỉnh, huyện đã phối hợp đóng cửa 3 mỏ hết hạn giấy phép, cải tạo, phục hồi môi trường 27,6 ha. Đoàn kiểm tra liên ngành đã kiểm tra 16/16 mỏ, lập biên bản 5 trường hợp vi phạm về bảo vệ môi trường và nổ mìn không đúng hộ chiếu, xử phạt 420 triệu đồng.

Các tuyến ĐT.498B, ĐT.494 chạy qua khu vực mỏ được tưới nước dập bụi 4 lần/ngày. Từ đầu năm đến nay, các doanh nghiệp đã đóng góp 9,8 tỷ đồng sửa chữa 3,2 km đường giao thông nông thôn.

Năm 2025, huyện phấn đấu giảm từ 15 đến 20% lượng bụi phát tán tại khu vực mỏ, 100% mỏ đá lắp camera giám sát tại cửa mỏ.

Hoàng Minh (Phòng Tài nguyên và Môi trường)
Điện thoại: 0226.3820.211
"""

M9 = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-10")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
MINES = "mỏ đá vôi làm vật liệu xây dựng đang hoạt động"

FIGS = [
    fig("khai thác 5,34 triệu m³ đá\n", "5,34", 5.34e6, "measure", "m³", "đá khai thác", M9),
    fig("có 16 mỏ", "16", 16, "count", "mỏ", MINES),
    fig("Thanh Sơn 6 mỏ", "6", 6, "count", "mỏ", MINES, total=16),
    fig("Thi Sơn 4 mỏ", "4", 4, "count", "mỏ", MINES, total=16),
    fig("Liên Sơn 3 mỏ", "3", 3, "count", "mỏ", MINES, total=16),
    fig("Khả Phong 3 mỏ", "3", 3, "count", "mỏ", MINES, total=16),
    fig("khoảng 412,5 ha", "412,5", 412.5, "measure", "ha", "tổng diện tích mỏ được cấp phép", approx="about"),
    fig("ước đạt 5,34 triệu m³", "5,34", 5.34e6, "measure", "m³", "sản lượng đá khai thác", M9,
        percent=78.2, change=chg("increase", 4.1, baseline="cùng kỳ"), status="estimate"),
    fig("khoảng 186 tỷ đồng", "186", 186e9, "money", "đồng", "doanh nghiệp nộp ngân sách nhà nước",
        inh(M9), approx="about"),
    fig("hơn 1.700 lao động", "1.700", 1700, "count", "lao động", "lao động được giải quyết việc làm",
        inh(M9), approx="over"),
    fig("8,5 triệu đồng/người/tháng", "8,5", 8.5e6, "money", "đồng/người/tháng", "thu nhập bình quân"),
    fig("đóng cửa 3 mỏ", "3", 3, "count", "mỏ", "mỏ hết hạn giấy phép được đóng cửa"),
    fig("27,6 ha", "27,6", 27.6, "measure", "ha", "diện tích cải tạo, phục hồi môi trường"),
    fig("16/16 mỏ", "16", 16, "count", "mỏ", "mỏ được đoàn kiểm tra liên ngành kiểm tra", total=16),
    fig("5 trường hợp", "5", 5, "count", "trường hợp", "trường hợp vi phạm bị lập biên bản"),
    fig("xử phạt 420 triệu đồng", "420", 420e6, "money", "đồng", "tiền xử phạt vi phạm"),
    fig("4 lần/ngày", "4", 4, "measure", "lần/ngày", "tưới nước dập bụi trên các tuyến qua khu vực mỏ"),
    fig("góp 9,8 tỷ đồng", "9,8", 9.8e9, "money", "đồng",
        "doanh nghiệp đóng góp sửa chữa đường giao thông nông thôn", YTD),
    fig("3,2 km", "3,2", 3.2, "measure", "km", "đường giao thông nông thôn được sửa chữa", YTD),
    fig("từ 15 đến 20%", "15", 15, "percent", "%", "giảm lượng bụi phát tán tại khu vực mỏ", Y25,
        value_max=20, status="target"),
    fig("100% mỏ đá", "100", 100, "percent", "%", "mỏ đá lắp camera giám sát tại cửa mỏ", Y25, status="target"),
]

COMMENTS = [
    "Kim Bảng district portal (Hà Nam): header, breadcrumb, 'Thứ Năm, 10/10/2024 - 15:20', byline and phone at the end.",
    "Location: Kim Bảng for every figure, the four commune items of the 'gồm:' list included (total 16).",
    "revised: the commune items first had their commune as location; FIGURES.md defines location as 'the province, city",
    "or district the figure describes' and lists only those levels, so a commune figure takes its district (Kim Bảng).",
    "'bằng 78,2% kế hoạch năm' is the percent of 5,34 triệu m³; the headline repeats it as its own figure (actual: no 'ước').",
    "Road numbers ĐT.498B/ĐT.494, decision number, phone are not figures. '4 lần/ngày' is a frequency (measure).",
    "'giảm từ 15 đến 20% lượng bụi' is a rate that is the claim (percent, range, target), no change object.",
]

if __name__ == "__main__":
    emit("p700-2", TEXT, COMMENTS, FIGS, published="2024-10-10", location="Kim Bảng")
