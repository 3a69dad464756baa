"""p532-1: Quảng Ninh province portal — OCOP results 2023 (breadcrumb, Cập nhật, Lượt xem)."""
from lib import emit, fig, per, inh, chg

TEXT = """Cổng thông tin điện tử tỉnh Quảng Ninh
Trang chủ > Tin tức - Sự kiện > Kinh tế

Quảng Ninh có thêm 68 sản phẩm đạt chuẩn OCOP

Cập nhật: 08/01/2024 15:42 | Lượt xem: 3.561

Năm 2023, Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh đã công nhận thêm 68 sản phẩm, nâng tổng số sản phẩm OCOP còn hiệu lực của tỉnh lên 453 sản phẩm của 259 chủ thể. Trong đó có 7 sản phẩm đạt 5 sao, 98 sản phẩm đạt 4 sao và 348 sản phẩm đạt 3 sao.

Về loại hình chủ thể, hợp tác xã chiếm 41,3%, doanh nghiệp chiếm 30,1%, còn lại là hộ sản xuất và tổ hợp tác. Các địa phương có nhiều sản phẩm nhất là TP. Hạ Long (61 sản phẩm), thị xã Đông Triều (54 sản phẩm), huyện Tiên Yên (38 sản phẩm) và huyện Vân Đồn (35 sản phẩm).

Doanh thu từ các sản phẩm OCOP năm 2023 ước đạt 2.846,7 tỷ đồng, tăng 12,4% so với năm 2022. Các chủ thể OCOP đang tạo việc làm cho hơn 5.200 lao động, trong đó gần 60% là lao động nữ. Giá bán bình quân của sản phẩm sau khi được công nhận tăng từ 15 đến 20%.

Theo Kế hoạch số 112/KH-UBND của UBND tỉnh, phấn đấu đến năm 2025 toàn tỉnh có ít nhất 500 sản phẩm OCOP, trong đó trên 35% sản phẩm đạt từ 4 sao trở lên; mỗi huyện có tối thiểu 1 điểm giới thiệu và bán sản phẩm OCOP.

Trung tâm Xúc tiến đầu tư tỉnh, số 2 đường 25/4, phường Hồng Gai, TP. Hạ Long. Điện thoại: 0203.3835.123.
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = per("năm 2023", "2023-01-01", "2023-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("Quảng Ninh có thêm 68 sản phẩm", "68", 68, "count", "sản phẩm", "sản phẩm đạt chuẩn OCOP có thêm", inh(Y23)),
    fig("công nhận thêm 68 sản phẩm", "68", 68, "count", "sản phẩm", "sản phẩm OCOP được công nhận thêm", Y23),
    fig("lên 453 sản phẩm", "453", 453, "count", "sản phẩm", "tổng số sản phẩm OCOP còn hiệu lực", Y23),
    fig("của 259 chủ thể", "259", 259, "count", "chủ thể", "chủ thể có sản phẩm OCOP", Y23),
    fig("có 7 sản phẩm đạt 5 sao", "7", 7, "count", "sản phẩm", "sản phẩm OCOP đạt 5 sao", inh(Y23), total=453),
    fig("98 sản phẩm đạt 4 sao", "98", 98, "count", "sản phẩm", "sản phẩm OCOP đạt 4 sao", inh(Y23), total=453),
    fig("348 sản phẩm đạt 3 sao", "348", 348, "count", "sản phẩm", "sản phẩm OCOP đạt 3 sao", inh(Y23), total=453),
    fig("hợp tác xã chiếm 41,3%", "41,3", 41.3, "percent", "%", "tỷ trọng hợp tác xã trong chủ thể OCOP", inh(Y23)),
    fig("doanh nghiệp chiếm 30,1%", "30,1", 30.1, "percent", "%", "tỷ trọng doanh nghiệp trong chủ thể OCOP", inh(Y23)),
    fig("Hạ Long (61 sản phẩm)", "61", 61, "count", "sản phẩm", "sản phẩm OCOP", inh(Y23), location="Hạ Long"),
    fig("Đông Triều (54 sản phẩm)", "54", 54, "count", "sản phẩm", "sản phẩm OCOP", inh(Y23), location="Đông Triều"),
    fig("Tiên Yên (38 sản phẩm)", "38", 38, "count", "sản phẩm", "sản phẩm OCOP", inh(Y23), location="Tiên Yên"),
    fig("Vân Đồn (35 sản phẩm)", "35", 35, "count", "sản phẩm", "sản phẩm OCOP", inh(Y23), location="Vân Đồn"),
    fig("ước đạt 2.846,7 tỷ đồng", "2.846,7", 2846700000000, "money", "đồng", "doanh thu từ các sản phẩm OCOP", Y23b,
        change=chg("increase", 12.4, "%", "năm 2022"), status="estimate"),
    fig("hơn 5.200 lao động", "5.200", 5200, "count", "lao động", "lao động có việc làm tại các chủ thể OCOP",
        approx="over"),
    fig("gần 60% là lao động nữ", "60", 60, "percent", "%", "tỷ lệ lao động nữ trong lao động của các chủ thể OCOP",
        approx="nearly"),
    fig("tăng từ 15 đến 20%", "15", 15, "percent", "%", "giá bán bình quân của sản phẩm sau khi được công nhận tăng",
        value_max=20),
    fig("ít nhất 500 sản phẩm", "500", 500, "count", "sản phẩm", "sản phẩm OCOP", T25, approx="at_least", status="target"),
    fig("trên 35% sản phẩm", "35", 35, "percent", "%", "tỷ lệ sản phẩm OCOP đạt từ 4 sao trở lên", T25,
        approx="over", status="target"),
    fig("tối thiểu 1 điểm", "1", 1, "count", "điểm", "điểm giới thiệu và bán sản phẩm OCOP mỗi huyện", T25,
        approx="at_least", status="target"),
]

COMMENTS = [
    "Cổng TTĐT Quảng Ninh (invented): OCOP results 2023 — recognised products, star classes, subjects, districts, revenue, 2025 targets.",
    "Dateline 'Cập nhật: 08/01/2024 15:42'; 'Lượt xem: 3.561', 'Kế hoạch số 112/KH-UBND', 'số 2 đường 25/4', phone 0203.3835.123 are not figures.",
    "Star classes ('5 sao', '4 sao', '3 sao', 'từ 4 sao trở lên') are rating levels (like 'mức độ 3, 4'), not figures.",
    "7 + 98 + 348 = 453 after 'Trong đó' (sentence break): total 453. District items in brackets: location = district, no total.",
    "'trong đó gần 60% là lao động nữ' has no chiếm/đạt: a percent figure of its own, not the 5.200's percent.",
]

if __name__ == "__main__":
    emit("p532-1", TEXT, COMMENTS, FIGS, published="2024-01-08", location="Quảng Ninh")
