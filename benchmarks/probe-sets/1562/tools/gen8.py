"""p1562-8: radio/TV site (Đài PT-TH Kiên Giang): fishing and night squid-jigging tours in TP Phú Quốc."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """KGTV - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH KIÊN GIANG
Thời sự | Kinh tế | Du lịch | Video | Phát thanh

Du lịch câu cá, câu mực đêm hút khách ở Phú Quốc

Cập nhật lúc 18:25, 05/08/2023

(KGTV) - Những tháng gần đây, tour câu cá, câu mực đêm trên biển Phú Quốc trở thành sản phẩm được nhiều du khách lựa chọn. Theo Phòng Văn hóa - Thông tin TP Phú Quốc, hiện có 64 tàu được cấp phép phục vụ tour câu cá, câu mực, tăng 16 tàu so với năm 2022.

7 tháng đầu năm 2023, các tàu đã đón khoảng 85.000 lượt khách, trong đó khách quốc tế chiếm 35%, doanh thu ước đạt 68 tỷ đồng. Giá tour câu mực đêm dao động 350.000-600.000 đồng/khách, đã bao gồm cần câu, mồi, áo phao và bữa tối hải sản; tour câu cá rạn san hô trọn ngày giá khoảng 1,2 triệu đồng/khách.

Anh Đỗ Thành Nhân, chủ tàu Thành Nhân 09 ở phường An Thới, cho biết tàu của anh dài 18 m, chở tối đa 30 khách, trang bị sẵn 40 bộ cần câu. "Cao điểm hè, tàu chạy kín chỗ cả tuần, mỗi chuyến thu về 9-10 triệu đồng", anh Nhân chia sẻ.

Để phát triển loại hình du lịch này bền vững, UBND thành phố phấn đấu đến cuối năm nay 100% tàu phục vụ du khách được trang bị đủ áo phao, thiết bị thông tin liên lạc. Mục tiêu đến năm 2025, Phú Quốc đón khoảng 200.000 lượt khách tham gia tour câu cá, câu mực.

Bình Minh - Hữu Tài

Xem thêm:
- Kiên Giang: Khai mạc Lễ hội Nghinh Ông Nam Hải năm 2023
- Bản tin Thời sự 19h ngày 04/8/2023

Đài Phát thanh và Truyền hình Kiên Giang
Địa chỉ: Số 38 Trần Phú, phường Vĩnh Thanh, TP Rạch Giá
Giấy phép số 205/GP-BTTTT
"""

M7 = per("7 tháng đầu năm 2023", "2023-01-01", "2023-07-31")
END = per("đến cuối năm nay", None, "2023-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("có 64 tàu", "64", 64, "count", "tàu", change=chg("increase", 16, "tàu", "năm 2022"),
        subject="tàu được cấp phép phục vụ tour câu cá, câu mực"),
    fig("khoảng 85.000 lượt", "85.000", 85000, "count", "lượt khách", approx="about",
        subject="lượt khách các tàu đã đón", period=M7),
    fig("chiếm 35%", "35", 35, "percent", "%", subject="khách quốc tế", period=M7),
    fig("ước đạt 68 tỷ", "68", 68e9, "money", "đồng", status="estimate",
        subject="doanh thu của các tàu", period=M7),
    fig("dao động 350.000-600.000", "350.000", 350000, "money", "đồng/khách", value_max=600000,
        subject="giá tour câu mực đêm"),
    fig("khoảng 1,2 triệu", "1,2", 1.2e6, "money", "đồng/khách", approx="about",
        subject="giá tour câu cá rạn san hô trọn ngày"),
    fig("dài 18 m", "18", 18, "measure", "m", subject="chiều dài tàu của anh Nhân"),
    fig("tối đa 30 khách", "30", 30, "count", "khách", approx="at_most", subject="khách tàu của anh Nhân chở"),
    fig("sẵn 40 bộ", "40", 40, "count", "bộ cần câu", subject="bộ cần câu tàu trang bị sẵn"),
    fig("về 9-10 triệu", "9", 9e6, "money", "đồng/chuyến", value_max=10e6,
        subject="tiền thu về mỗi chuyến"),
    fig("năm nay 100%", "100", 100, "percent", "%", status="target",
        subject="tàu phục vụ du khách được trang bị đủ áo phao, thiết bị thông tin liên lạc", period=END),
    fig("khoảng 200.000 lượt", "200.000", 200000, "count", "lượt khách", approx="about", status="target",
        subject="lượt khách tham gia tour câu cá, câu mực", period=T25),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Kiên Giang, KGTV): 'Cập nhật lúc 18:25, 05/08/2023', tag '(KGTV) -', byline, 'Xem thêm' links, footer with licence.",
    "Distractors: 18:25, 'Thành Nhân 09' (boat name), 'phường An Thới', 'năm 2022' (baseline), 'Bản tin Thời sự 19h ngày 04/8/2023',",
    "'Lễ hội ... năm 2023', 'Số 38 Trần Phú', 'Giấy phép số 205/GP-BTTTT', 'mỗi chuyến' (denominator).",
    "Location: TP Phú Quốc (a city of Kiên Giang) for every figure; the boat in phường An Thới is in Phú Quốc.",
    "'hiện có 64 tàu ..., tăng 16 tàu so với năm 2022' → change +16 tàu; no period ('hiện').",
    "'trong đó khách quốc tế chiếm 35%' → a percent figure of its own (the share inside the 85.000 visitors, not a share of 85.000).",
    "'doanh thu ước đạt 68 tỷ đồng' → estimate, same sentence as '7 tháng đầu năm 2023'.",
    "'mỗi chuyến thu về 9-10 triệu đồng' → money range, unit đồng/chuyến (denominator before the verb).",
    "'phấn đấu đến cuối năm nay 100% tàu ...' → target, as-of end 2023; 'Mục tiêu đến năm 2025 ... khoảng 200.000 lượt khách' → target, about.",
]

if __name__ == "__main__":
    write("p1562-8", TEXT, NOTES, FIGS, published="2023-08-05", location="Phú Quốc")
