"""p1380-2: district portal (huyện Quản Bạ, Hà Giang): linen weaving and indigo dyeing in xã Lùng Tám."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN QUẢN BẠ - TỈNH HÀ GIANG
Trang chủ | Tin tức - Sự kiện | Kinh tế | Văn hóa - Xã hội

Lùng Tám giữ nghề dệt lanh, nhuộm chàm

14/03/2024 - 08:20

Xã Lùng Tám hiện có 312 hộ đồng bào Mông trồng lanh, dệt vải và nhuộm chàm, chiếm gần 60% tổng số hộ của xã. Năm 2023, diện tích trồng lanh toàn xã đạt 35 ha, diện tích trồng chàm khoảng 8 ha.

Hợp tác xã Dệt lanh Hoa Đá Lùng Tám thành lập năm 2001 với 12 thành viên, nay có 86 thành viên và tạo việc làm thường xuyên cho khoảng 200 lao động. Năm 2023, hợp tác xã đạt doanh thu 3,2 tỷ đồng, vượt mục tiêu đề ra là 3 tỷ đồng, tăng 18% so với năm 2022; lợi nhuận khoảng 640 triệu đồng. Sản phẩm gồm khăn, túi, váy, vải lanh nhuộm chàm, trong đó 4 sản phẩm đạt OCOP 3 sao. Mỗi năm, hợp tác xã xuất sang Nhật Bản, Pháp khoảng 2.500 mét vải lanh. Thu nhập của thành viên từ 3 đến 5 triệu đồng/người/tháng.

Để làm ra mỗi tấm vải lanh dài khoảng 5 mét, người thợ mất gần hai tháng với 41 công đoạn, từ trồng lanh, tước sợi, se sợi, dệt vải đến nhuộm chàm, vẽ sáp ong.

Năm 2024, huyện phấn đấu mở rộng diện tích trồng lanh tại Lùng Tám lên 50 ha; hỗ trợ hợp tác xã 150 triệu đồng mua máy se sợi. Dự kiến trong quý II, huyện tổ chức Ngày hội Lanh với khoảng 1.000 lượt khách.

Nguồn: Phòng Văn hóa và Thông tin huyện

Tin khác:
- Quản Bạ: Khai mạc Chợ phiên Cán Tỷ lần thứ 5
- Hội nghị tổng kết Chương trình 135 năm 2023

Địa chỉ: Tổ 3, thị trấn Tam Sơn, huyện Quản Bạ, tỉnh Hà Giang
Điện thoại: 0219.3846.125
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y01 = per("năm 2001", "2001-01-01", "2001-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Q2 = per("quý II", "2024-04-01", "2024-06-30")
HTX = "Hợp tác xã Dệt lanh Hoa Đá Lùng Tám"

FIGS = [
    fig("có 312 hộ", "312", 312, "count", "hộ", percent=60,
        subject="hộ đồng bào Mông trồng lanh, dệt vải và nhuộm chàm"),
    fig("đạt 35 ha", "35", 35, "measure", "ha", subject="diện tích trồng lanh toàn xã", period=Y23),
    fig("khoảng 8 ha", "8", 8, "measure", "ha", approx="about", subject="diện tích trồng chàm", period=Y23),
    fig("với 12 thành viên", "12", 12, "count", "thành viên",
        subject=f"thành viên {HTX} khi thành lập", period=Y01),
    fig("có 86 thành viên", "86", 86, "count", "thành viên", subject=f"thành viên {HTX}"),
    fig("khoảng 200 lao động", "200", 200, "count", "lao động", approx="about",
        subject="lao động hợp tác xã tạo việc làm thường xuyên"),
    fig("thu 3,2 tỷ", "3,2", 3.2e9, "money", "đồng", target=tgt(3e9, "đồng", True),
        change=chg("increase", 18, "%", "năm 2022"), subject="doanh thu của hợp tác xã", period=Y23),
    fig("khoảng 640 triệu", "640", 640e6, "money", "đồng", approx="about",
        subject="lợi nhuận của hợp tác xã", period=Y23),
    fig("đó 4 sản phẩm", "4", 4, "count", "sản phẩm", subject="sản phẩm đạt OCOP 3 sao"),
    fig("khoảng 2.500 mét", "2.500", 2500, "measure", "mét/năm", approx="about",
        subject="vải lanh hợp tác xã xuất sang Nhật Bản, Pháp mỗi năm"),
    fig("từ 3 đến 5 triệu", "3", 3e6, "money", "đồng/người/tháng", value_max=5e6,
        subject="thu nhập của thành viên"),
    fig("dài khoảng 5 mét", "5", 5, "measure", "mét", approx="about", subject="chiều dài mỗi tấm vải lanh"),
    fig("gần hai tháng", "hai", 2, "measure", "tháng", approx="nearly",
        subject="thời gian người thợ làm ra mỗi tấm vải lanh"),
    fig("với 41 công đoạn", "41", 41, "count", "công đoạn", subject="công đoạn làm ra mỗi tấm vải lanh"),
    fig("lên 50 ha", "50", 50, "measure", "ha", status="target",
        subject="diện tích trồng lanh tại Lùng Tám", period=Y24),
    fig("tác xã 150 triệu", "150", 150e6, "money", "đồng", status="target",
        subject="hỗ trợ hợp tác xã mua máy se sợi", period=Y24),
    fig("khoảng 1.000 lượt", "1.000", 1000, "count", "lượt khách", approx="about", status="forecast",
        subject="lượt khách Ngày hội Lanh", period=Q2),
]

NOTES = [
    "District portal (huyện Quản Bạ, Hà Giang): banner with the district, menu, '14/03/2024 - 08:20' under the headline, 'Nguồn:', 'Tin khác', address footer.",
    "Default location Quản Bạ (xã Lùng Tám is a commune of the district).",
    "Distractors: 08:20, 'OCOP 3 sao', founding year 'năm 2001' (it is the period of the 12 founding members), 'lần thứ 5',",
    "'Chương trình 135 năm 2023', 'Tổ 3', phone 0219.3846.125.",
    "'chiếm gần 60% tổng số hộ' → percent attribute 60 of the 312 hộ. 'vượt mục tiêu đề ra là 3 tỷ đồng' → target 3 tỷ, met.",
    "'trong đó 4 sản phẩm' follows a list without a number: no total. 'Mỗi năm ... khoảng 2.500 mét' → mét/năm.",
    "'gần hai tháng' (time the work takes) is a measured fact, not a locating period. 'quý II' takes 2024 from 'Năm 2024' in the same paragraph.",
    "'phấn đấu ... lên 50 ha; hỗ trợ ... 150 triệu đồng' → both target ('; ' continues the clause).",
]

if __name__ == "__main__":
    write("p1380-2", TEXT, NOTES, FIGS, published="2024-03-14", location="Quản Bạ")
