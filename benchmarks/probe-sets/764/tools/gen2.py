"""p764-2: huyện Yên Thành (Nghệ An) district portal — French pigeon farming, households, flock, profit, model farm, 2024 targets."""
from lib import F, P, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN YÊN THÀNH
Trang chủ / Tin tức / Kinh tế - Nông nghiệp

Nuôi chim bồ câu Pháp – hướng đi mới giúp nông dân Yên Thành tăng thu nhập

Thứ Sáu, 22/03/2024 - 14:05

Những năm gần đây, phong trào nuôi chim bồ câu Pháp trên địa bàn huyện phát triển mạnh. Tính đến cuối tháng 2/2024, toàn huyện có 126 hộ nuôi bồ câu với tổng đàn khoảng 38.500 cặp sinh sản, tăng gần 1,5 lần so với năm 2021. Trong đó, 19 hộ nuôi quy mô trên 500 cặp, tập trung ở các xã Hoa Thành, Đô Thành, Phúc Thành và Tăng Thành.

Theo tính toán của Phòng Nông nghiệp và PTNT huyện, mỗi cặp bồ câu sinh sản cho từ 10 đến 12 lứa/năm. Với giá bồ câu ra ràng (25 – 28 ngày tuổi) hiện từ 70.000 đến 80.000 đồng/con, sau khi trừ chi phí, mỗi cặp cho lãi khoảng 350.000 đồng/năm.

Điển hình là mô hình của anh Phan Văn Hùng ở xóm 7, xã Hoa Thành. Năm 2023, gia đình anh nuôi 1.200 cặp bồ câu trên diện tích chuồng 450 m², xuất bán hơn 21.000 con bồ câu thương phẩm, doanh thu đạt 1,6 tỷ đồng, lợi nhuận trên 400 triệu đồng.

Năm 2024, huyện phấn đấu phát triển tổng đàn bồ câu lên 45.000 cặp, thành lập thêm 2 tổ hợp tác chăn nuôi bồ câu. Huyện hỗ trợ 30% chi phí mua giống, tối đa không quá 15 triệu đồng/hộ theo Nghị quyết số 12/2023/NQ-HĐND của HĐND huyện.

Minh Châu (Phòng NN&PTNT)

Cổng thông tin điện tử huyện Yên Thành – Thị trấn Yên Thành, tỉnh Nghệ An
Điện thoại: 0238.3863.221 | Lượt truy cập: 2.145.873
"""

AS_OF = P("Tính đến cuối tháng 2/2024", None, "2024-02-29")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("có 126 hộ", "126", 126, "count", "hộ", "hộ nuôi bồ câu", AS_OF),
    F("khoảng 38.500 cặp", "38.500", 38500, "count", "cặp", "tổng đàn bồ câu sinh sản", AS_OF, approx="about",
      change=CH("increase", 1.5, "lần", "năm 2021", "nearly")),
    F("Trong đó, 19 hộ", "19", 19, "count", "hộ", "hộ nuôi quy mô trên 500 cặp", I(AS_OF), total=126),
    F("trên 500 cặp", "500", 500, "count", "cặp", "quy mô nuôi", approx="over", optional=True),
    F("từ 10 đến 12 lứa/năm", "10", 10, "measure", "lứa/năm", "lứa mỗi cặp bồ câu sinh sản cho", value_max=12),
    F("(25 – 28 ngày tuổi)", "25", 25, "measure", "ngày tuổi", "tuổi bồ câu ra ràng", value_max=28, optional=True),
    F("từ 70.000 đến 80.000 đồng/con", "70.000", 70000, "money", "đồng/con", "giá bồ câu ra ràng", value_max=80000),
    F("khoảng 350.000 đồng/năm", "350.000", 350000, "money", "đồng/năm", "lãi mỗi cặp bồ câu", approx="about"),
    F("nuôi 1.200 cặp", "1.200", 1200, "count", "cặp", "cặp bồ câu gia đình anh Phan Văn Hùng nuôi", Y23),
    F("chuồng 450 m²", "450", 450, "measure", "m²", "diện tích chuồng", Y23),
    F("hơn 21.000 con", "21.000", 21000, "count", "con", "bồ câu thương phẩm xuất bán", Y23, approx="over"),
    F("đạt 1,6 tỷ đồng", "1,6", 1600000000, "money", "đồng", "doanh thu", Y23),
    F("trên 400 triệu đồng", "400", 400000000, "money", "đồng", "lợi nhuận", Y23, approx="over"),
    F("lên 45.000 cặp", "45.000", 45000, "count", "cặp", "tổng đàn bồ câu", Y24, status="target"),
    F("thêm 2 tổ hợp tác", "2", 2, "count", "tổ hợp tác", "tổ hợp tác chăn nuôi bồ câu thành lập thêm", Y24,
      status="target"),
    F("hỗ trợ 30%", "30", 30, "percent", "%", "hỗ trợ chi phí mua giống", I(Y24)),
    F("không quá 15 triệu đồng/hộ", "15", 15000000, "money", "đồng/hộ", "mức hỗ trợ chi phí mua giống", I(Y24),
      approx="at_most"),
]

COMMENTS = [
    "Cổng TTĐT huyện Yên Thành (Nghệ An): nuôi chim bồ câu Pháp — số hộ, tổng đàn, hiệu quả, mô hình điển hình, mục tiêu 2024.",
    "Dateline 'Thứ Sáu, 22/03/2024 - 14:05'. Distractors: 'tháng 2/2024' (as-of date), 'xóm 7', 'Nghị quyết số 12/2023/NQ-HĐND',",
    "phone, 'Lượt truy cập: 2.145.873'. District portal: location Yên Thành throughout (communes are named only as places of the 19 hộ).",
    "'tăng gần 1,5 lần so với năm 2021' is the change of the flock (lần, nearly). 'Trong đó, 19 hộ' after a sentence break: total 126.",
    "'trên 500 cặp' (threshold) and '25 – 28 ngày tuổi' (age that defines the product) are optional.",
    "'10 đến 12 lứa/năm' is a rate: measure, unit lứa/năm. 'tối đa không quá' is at_most. Support rates take Năm 2024 as inherited.",
]

if __name__ == "__main__":
    emit("p764-2", TEXT, COMMENTS, FIGS, published="2024-03-22", location="Yên Thành")
