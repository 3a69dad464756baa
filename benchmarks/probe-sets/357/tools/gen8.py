from lib import *

A = """SỞ TÀI CHÍNH TỈNH BÌNH ĐỊNH
Tình hình giá cả thị trường quý I/2024

Quý I/2024, chỉ số giá tiêu dùng (CPI) bình quân trên địa bàn tỉnh Bình Định tăng 3,41% so với cùng kỳ năm 2023. CPI tháng 3/2024 giảm 0,21% so với tháng trước do giá thực phẩm hạ nhiệt sau Tết; so với tháng 12/2023, CPI tháng 3 tăng 1,12%.

Sau Tết, giá thịt lợn hơi giảm gần 8%, giá rau xanh giảm trên 20% so với thời điểm trước Tết. Giá gạo tiếp tục tăng nhẹ do ảnh hưởng của giá gạo xuất khẩu.

Bảng giá bình quân một số mặt hàng thiết yếu
Đơn vị tính: đồng/kg
Mặt hàng\tTháng 12/2023\tTháng 3/2024
Gạo tẻ thường\t14.800\t15.200
Thịt lợn hơi\t53.500\t51.800
Thịt lợn nạc thăn\t118.000\t112.000
Thịt bò thăn\t265.000\t260.000
Gà ta làm sẵn\t135.000\t128.000
Rau cải xanh\t14.000\t11.000

Tính đến 31/3/2024, toàn tỉnh duy trì 96 điểm bán hàng bình ổn giá với 8 doanh nghiệp tham gia; giá trị hàng hóa bình ổn dự trữ đạt 215 tỷ đồng, bằng 86% so với dịp Tết.

Trong 3 tháng đầu năm, Sở Tài chính đã tiếp nhận hồ sơ kê khai giá của 45 lượt doanh nghiệp, tăng 12 lượt so với cùng kỳ; kiểm tra việc chấp hành Luật Giá số 16/2023/QH15 tại 14 cơ sở kinh doanh.

Giai đoạn 2021-2025, tỉnh phấn đấu kiểm soát tốc độ tăng CPI bình quân dưới 4%. Để đạt mục tiêu, Sở Tài chính đề nghị các địa phương tăng cường niêm yết giá, xử lý nghiêm các hành vi đầu cơ, găm hàng.

Phòng Quản lý giá và Công sản - Sở Tài chính, số 02 Trần Phú, TP Quy Nhơn. ĐT: 0256.3822.417
"""

Q1 = P("Quý I/2024", "2024-01-01", "2024-03-31")
M3 = P("tháng 3/2024", "2024-03-01", "2024-03-31")
M3b = P("tháng 3", "2024-03-01", "2024-03-31")
D12 = P("Tháng 12/2023", "2023-12-01", "2023-12-31")
ASOF = P("Tính đến 31/3/2024", None, "2024-03-31")
T3 = P("3 tháng đầu năm", "2024-01-01", "2024-03-31")

figs = [
    F("tăng 3,41%", "3,41", 3.41, "percent", "%", "chỉ số giá tiêu dùng (CPI) bình quân", Q1),
    F("giảm 0,21%", "0,21", 0.21, "percent", "%", "CPI so với tháng trước", M3),
    F("tăng 1,12%", "1,12", 1.12, "percent", "%", "CPI so với tháng 12/2023", M3b),
    F("giảm gần 8%", "8", 8, "percent", "%", "giá thịt lợn hơi sau Tết", approx="nearly"),
    F("giảm trên 20%", "20", 20, "percent", "%", "giá rau xanh sau Tết", approx="over"),
]
rows = [("Gạo tẻ thường", "14.800", "15.200"), ("Thịt lợn hơi", "53.500", "51.800"),
        ("Thịt lợn nạc thăn", "118.000", "112.000"), ("Thịt bò thăn", "265.000", "260.000"),
        ("Gà ta làm sẵn", "135.000", "128.000"), ("Rau cải xanh", "14.000", "11.000")]
for label, a, b in rows:
    n = lambda s: float(s.replace(".", ""))
    figs.append(F(f"{label}\t{a}", a, n(a), "money", "đồng/kg", f"giá bình quân {label} tháng 12/2023", D12))
    figs.append(F(f"{a}\t{b}", b, n(b), "money", "đồng/kg", f"giá bình quân {label} tháng 3/2024", M3))

figs += [
    F("duy trì 96 điểm bán", "96", 96, "count", "điểm bán hàng", "điểm bán hàng bình ổn giá", ASOF),
    F("với 8 doanh nghiệp", "8", 8, "count", "doanh nghiệp", "doanh nghiệp tham gia", ASOF),
    F("đạt 215 tỷ đồng", "215", 215e9, "money", "đồng", "giá trị hàng hóa bình ổn dự trữ", ASOF, percent=86),
    F("của 45 lượt doanh nghiệp", "45", 45, "count", "lượt doanh nghiệp", "hồ sơ kê khai giá tiếp nhận", T3,
      change=CH("increase", 12, "lượt", "cùng kỳ")),
    F("tại 14 cơ sở", "14", 14, "count", "cơ sở kinh doanh", "cơ sở kinh doanh được kiểm tra việc chấp hành Luật Giá", T3),
    F("bình quân dưới 4%", "4", 4, "percent", "%", "tốc độ tăng CPI bình quân",
      P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31"), approx="under", status="target"),
]

write("p357-8", A, figs, [
    "Sở Tài chính Bình Định (department page, no dateline at all -> no published): prices and CPI, quý I/2024.",
    "CPI rates stand as percent figures; 'tháng 3' without year takes 2024 from 'tháng 3/2024' in the same sentence.",
    "'Sau Tết, giá … giảm gần 8% / trên 20% so với … trước Tết': percent figures with approx nearly / over, no period phrase.",
    "Tab-separated table with 'Đơn vị tính: đồng/kg': each price cell is money (đồng/kg), period from the column header (Tháng 12/2023, Tháng 3/2024).",
    "'Tính đến 31/3/2024' -> as-of period; '215 tỷ đồng, bằng 86% so với dịp Tết' -> percent 86. '45 lượt doanh nghiệp, tăng 12 lượt' -> change in lượt.",
    "'Giai đoạn 2021-2025, tỉnh phấn đấu … dưới 4%' -> target, approx under.",
    "Distractors: 'Luật Giá số 16/2023/QH15', 'số 02 Trần Phú', phone 0256.3822.417, 'so với cùng kỳ năm 2023', 'so với tháng 12/2023' baselines.",
], published=None, location="Bình Định")
