"""p1295-2: district portal (huyện Phong Điền, TP Cần Thơ): banner, menu, 'dd/mm/yyyy - hh:mm' under the headline, 'Tin khác', footer."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN PHONG ĐIỀN - THÀNH PHỐ CẦN THƠ
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Kinh tế | Văn hóa - Xã hội

Nhơn Ái mở rộng vùng vú sữa Lò Rèn đạt chuẩn xuất khẩu
12/03/2024 - 09:30

Xã Nhơn Ái hiện có 315 ha vú sữa, chiếm 41% diện tích cây ăn trái của xã, trong đó 120 ha đạt chứng nhận VietGAP. Từ đầu năm đến nay, nông dân trong xã đã thu hoạch khoảng 1.850 tấn trái. Giá bán tại vườn hiện từ 25.000-30.000 đồng/kg, riêng trái đạt chuẩn xuất khẩu được thu mua 34.000 đồng/kg.

Theo ông Lê Hoàng Phúc, Phó Chủ tịch UBND xã, toàn xã có 1.046 hộ trồng vú sữa, trong đó hơn ba chục hộ làm du lịch sinh thái miệt vườn. Năm 2023, xã đón trên 18.000 lượt khách tham quan, doanh thu từ dịch vụ đạt 2,7 tỷ đồng.

Hợp tác xã Vú sữa Nhơn Ái Xanh, thành lập năm 2019, hiện có 58 thành viên, canh tác 74,5 ha. Năm 2023, hợp tác xã xuất khẩu 11 container vú sữa sang Hoa Kỳ, mỗi container khoảng 12 tấn; doanh thu đạt 6,3 tỷ đồng, gấp 1,8 lần năm 2022. Bà Trương Thị Hai, thành viên hợp tác xã, cho biết 1,5 ha vườn của gia đình bà mang lại lợi nhuận hơn 300 triệu đồng mỗi năm.

Mục tiêu đến năm 2025, xã nâng diện tích vú sữa đạt VietGAP lên 200 ha, có thêm hai mã số vùng trồng xuất khẩu.

Tin khác:
- Phong Điền: Hội thi "Nhà nông đua tài" năm 2024
- Lịch tiếp công dân tháng 3/2024 của Chủ tịch UBND huyện

UBND HUYỆN PHONG ĐIỀN
Địa chỉ: Số 07, đường 3 Tháng 2, thị trấn Phong Điền | ĐT: 0292.3941.268
"""

NOW = per("Từ đầu năm đến nay", "2024-01-01", "2024-03-12")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("có 315 ha", "315", 315, "measure", "ha", percent=41, subject="diện tích vú sữa xã Nhơn Ái"),
    fig("trong đó 120 ha", "120", 120, "measure", "ha", total=315, subject="diện tích vú sữa đạt chứng nhận VietGAP"),
    fig("khoảng 1.850 tấn", "1.850", 1850, "measure", "tấn", approx="about",
        subject="trái vú sữa nông dân trong xã thu hoạch", period=NOW),
    fig("từ 25.000-30.000", "25.000", 25000, "money", "đồng/kg", value_max=30000, subject="giá bán vú sữa tại vườn"),
    fig("thu mua 34.000", "34.000", 34000, "money", "đồng/kg", subject="giá thu mua trái đạt chuẩn xuất khẩu"),
    fig("có 1.046 hộ", "1.046", 1046, "count", "hộ", subject="hộ trồng vú sữa"),
    fig("hơn ba chục hộ", "ba chục", 30, "count", "hộ", approx="over", total=1046,
        subject="hộ làm du lịch sinh thái miệt vườn"),
    fig("trên 18.000 lượt", "18.000", 18000, "count", "lượt khách", approx="over",
        subject="lượt khách tham quan xã đón", period=Y23),
    fig("đạt 2,7 tỷ", "2,7", 2.7e9, "money", "đồng", subject="doanh thu từ dịch vụ", period=Y23),
    fig("có 58 thành viên", "58", 58, "count", "thành viên", subject="thành viên Hợp tác xã Vú sữa Nhơn Ái Xanh"),
    fig("canh tác 74,5 ha", "74,5", 74.5, "measure", "ha", subject="diện tích hợp tác xã canh tác"),
    fig("xuất khẩu 11 container", "11", 11, "count", "container", subject="container vú sữa hợp tác xã xuất khẩu sang Hoa Kỳ",
        period=Y23),
    fig("khoảng 12 tấn", "12", 12, "measure", "tấn/container", approx="about", subject="khối lượng mỗi container",
        period=Y23),
    fig("đạt 6,3 tỷ", "6,3", 6.3e9, "money", "đồng", change=chg("increase", 1.8, "lần", "năm 2022"),
        subject="doanh thu hợp tác xã", period=Y23),
    fig("1,5 ha vườn", "1,5", 1.5, "measure", "ha", subject="diện tích vườn của gia đình bà Trương Thị Hai"),
    fig("hơn 300 triệu", "300", 300e6, "money", "đồng/năm", approx="over", subject="lợi nhuận vườn mang lại mỗi năm"),
    fig("lên 200 ha", "200", 200, "measure", "ha", status="target", subject="diện tích vú sữa đạt VietGAP", period=T25),
    fig("thêm hai mã", "hai", 2, "count", "mã số vùng trồng", status="target",
        subject="mã số vùng trồng xuất khẩu có thêm", period=T25),
]

NOTES = [
    "District portal (huyện Phong Điền, TP Cần Thơ): banner, menu, '12/03/2024 - 09:30' under the headline, 'Tin khác', footer.",
    "Distractors: time 09:30, founding year 'năm 2019', 'Bà Trương Thị Hai' (name), 'năm 2024' and 'tháng 3/2024' in link titles,",
    "'Số 07', 'đường 3 Tháng 2', phone 0292.3941.268.",
    "Figures about xã Nhơn Ái are located in its district, Phong Điền (the spec's levels are province, city, district).",
    "'chiếm 41% diện tích cây ăn trái' after 315 ha → percent attribute. 'hơn ba chục hộ' = 30, over, part of 1.046 hộ ('trong đó').",
    "'Từ đầu năm đến nay' ends at the dateline (2024-03-12). Prices with 'hiện' and the present-tense HTX figures get no period.",
    "'mỗi container khoảng 12 tấn' is a rate (tấn/container); 'lợi nhuận hơn 300 triệu đồng mỗi năm' → đồng/năm.",
    "'gấp 1,8 lần năm 2022' after the revenue is a change (increase 1.8 lần, baseline năm 2022).",
    "'Mục tiêu đến năm 2025' governs both clauses: 200 ha and 'hai mã số vùng trồng' are targets, end 2025-12-31.",
]

if __name__ == "__main__":
    write("p1295-2", TEXT, NOTES, FIGS, published="2024-03-12", location="Phong Điền")
