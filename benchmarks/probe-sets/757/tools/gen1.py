"""p757-1: Thanh Hóa province portal, fireworks at 9 points for Tết Giáp Thìn 2024."""
from lib import fig, chg, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH THANH HÓA
Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội

Thanh Hóa bắn pháo hoa tại 9 điểm đón Tết Nguyên đán Giáp Thìn 2024

Cập nhật: 06/02/2024 08:45
Lượt xem: 3.482

Thực hiện Kế hoạch số 28/KH-UBND ngày 15/01/2024 của UBND tỉnh, đêm Giao thừa Tết Nguyên đán Giáp Thìn, toàn tỉnh tổ chức bắn pháo hoa tại 9 điểm, trong đó có 2 điểm bắn tầm cao và 7 điểm bắn tầm thấp. Thời lượng mỗi trận bắn là 15 phút; riêng điểm tầm cao tại Quảng trường Lam Sơn (số 35 Đại lộ Lê Lợi, TP Thanh Hóa) kéo dài 20 phút.

Các điểm bắn tầm thấp được bố trí tại TP Sầm Sơn (3 điểm), thị xã Nghi Sơn (2 điểm), huyện Hoằng Hóa (1 điểm) và huyện Thọ Xuân (1 điểm).

Tổng kinh phí tổ chức bắn pháo hoa ước khoảng 11,6 tỷ đồng, trong đó ngân sách tỉnh hỗ trợ 3,2 tỷ đồng, phần còn lại huy động từ nguồn xã hội hóa với 8,4 tỷ đồng, chiếm 72,4% tổng kinh phí. So với Tết Quý Mão năm 2023, số điểm bắn năm nay tăng 3 điểm, kinh phí xã hội hóa tăng gần 2,5 tỷ đồng.

Để bảo đảm an ninh, an toàn, Công an tỉnh huy động hơn 1.500 cán bộ, chiến sĩ; mỗi điểm bắn được khoanh vùng bảo vệ với bán kính tối thiểu 200 m, bố trí 2 xe chữa cháy và 1 xe cứu thương trực tại chỗ. Người dân phát hiện sự cố cháy nổ báo ngay qua số 114 hoặc đường dây nóng 0237.3852.246.

Dự kiến có khoảng 120.000 lượt người dân và du khách đến xem pháo hoa tại các điểm bắn, trong đó tại Quảng trường Lam Sơn khoảng 45.000 lượt.
"""

NOTES = [
    "p757-1: Thanh Hóa province portal (breadcrumb, Cập nhật, Lượt xem): fireworks for Tết Giáp Thìn 2024 - points, cost split, safety, viewers.",
    "Distractors: Lượt xem 3.482, Kế hoạch số 28/KH-UBND ngày 15/01/2024, số 35 Đại lộ Lê Lợi, số 114, 0237.3852.246, Tết ... 2024/2023.",
    "The district list after 'Các điểm bắn tầm thấp được bố trí tại' has no cue (trong đó/gồm/:) and is not a bracket after the whole: no total.",
    "'tăng 3 điểm', 'tăng gần 2,5 tỷ đồng' stand alone (no base figure in their sentence): figures of their own, no change object.",
    "A festival named with its year (Tết Nguyên đán Giáp Thìn 2024) is not given as a period: left unscored.",
]

L = "Thanh Hóa"
FIGS = [
    fig("tại 9 điểm đón", "9", 9, "count", "điểm", "điểm bắn pháo hoa đón Tết Nguyên đán Giáp Thìn 2024"),
    fig("tại 9 điểm, trong đó", "9", 9, "count", "điểm", "điểm bắn pháo hoa đêm Giao thừa"),
    fig("có 2 điểm bắn tầm cao", "2", 2, "count", "điểm", "điểm bắn tầm cao", total=9),
    fig("và 7 điểm bắn tầm thấp", "7", 7, "count", "điểm", "điểm bắn tầm thấp", total=9),
    fig("là 15 phút", "15", 15, "measure", "phút", "thời lượng mỗi trận bắn"),
    fig("kéo dài 20 phút", "20", 20, "measure", "phút", "thời lượng điểm bắn tầm cao tại Quảng trường Lam Sơn"),
    fig("Sầm Sơn (3 điểm)", "3", 3, "count", "điểm", "điểm bắn tầm thấp", location="Sầm Sơn"),
    fig("Nghi Sơn (2 điểm)", "2", 2, "count", "điểm", "điểm bắn tầm thấp", location="Nghi Sơn"),
    fig("Hoằng Hóa (1 điểm)", "1", 1, "count", "điểm", "điểm bắn tầm thấp", location="Hoằng Hóa"),
    fig("Thọ Xuân (1 điểm)", "1", 1, "count", "điểm", "điểm bắn tầm thấp", location="Thọ Xuân"),
    fig("ước khoảng 11,6 tỷ đồng", "11,6", 11.6e9, "money", "đồng", "tổng kinh phí tổ chức bắn pháo hoa",
        approx="about", status="estimate"),
    fig("hỗ trợ 3,2 tỷ đồng", "3,2", 3.2e9, "money", "đồng", "ngân sách tỉnh hỗ trợ", total=11.6e9, status="estimate"),
    fig("với 8,4 tỷ đồng", "8,4", 8.4e9, "money", "đồng", "kinh phí huy động từ nguồn xã hội hóa",
        total=11.6e9, percent=72.4, status="estimate"),
    fig("tăng 3 điểm", "3", 3, "count", "điểm", "số điểm bắn năm nay tăng so với Tết Quý Mão năm 2023"),
    fig("tăng gần 2,5 tỷ đồng", "2,5", 2.5e9, "money", "đồng", "kinh phí xã hội hóa tăng so với Tết Quý Mão năm 2023",
        approx="nearly"),
    fig("hơn 1.500 cán bộ", "1.500", 1500, "count", "cán bộ, chiến sĩ", "cán bộ, chiến sĩ Công an tỉnh huy động",
        approx="over"),
    fig("tối thiểu 200 m", "200", 200, "measure", "m", "bán kính khoanh vùng bảo vệ mỗi điểm bắn", approx="at_least"),
    fig("bố trí 2 xe chữa cháy", "2", 2, "count", "xe chữa cháy", "xe chữa cháy bố trí tại mỗi điểm bắn"),
    fig("và 1 xe cứu thương", "1", 1, "count", "xe cứu thương", "xe cứu thương trực tại mỗi điểm bắn"),
    fig("khoảng 120.000 lượt", "120.000", 120000, "count", "lượt", "lượt người dân và du khách đến xem pháo hoa",
        approx="about", status="forecast"),
    fig("khoảng 45.000 lượt", "45.000", 45000, "count", "lượt", "lượt người xem pháo hoa tại Quảng trường Lam Sơn",
        approx="about", total=120000, status="forecast"),
]

if __name__ == "__main__":
    write("p757-1", TEXT, NOTES, FIGS, published="2024-02-06", location=L)
