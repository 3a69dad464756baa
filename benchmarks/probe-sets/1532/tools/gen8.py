"""p1532-8: radio/TV site (TRT Thừa Thiên Huế): làng gốm Phước Tích (huyện Phong Điền) revives its clay pots."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """TRT - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH THỪA THIÊN HUẾ
Thời sự | Kinh tế | Văn hóa | Video | Podcast

Phước Tích hồi sinh nghề gốm: mỗi năm ra lò khoảng 30 nghìn sản phẩm

Cập nhật lúc 18:30 ngày 22/08/2024

(TRT) - Làng gốm Phước Tích ở xã Phong Hòa, huyện Phong Điền từng có hàng trăm lò nung, chuyên làm nồi, om, trách, bình vôi cung cấp cho kinh thành Huế. Sau nhiều năm mai một, hiện làng chỉ còn hai lò với 11 nghệ nhân, thợ giữ nghề.

Năm 2023, Hợp tác xã Gốm cổ Phước Tích sản xuất khoảng 28.000 sản phẩm, doanh thu hơn 1,3 tỷ đồng, tăng 1,4 lần so với năm 2022. 7 tháng đầu năm 2024, hợp tác xã đạt 17.500 sản phẩm, bằng 58% kế hoạch năm; trong đó hơn 9.000 chiếc là nồi đất, om kho cá.

Cũng trong năm 2023, làng cổ đón khoảng 45.000 lượt khách, trong đó khoảng ba chục đoàn khách nước ngoài đăng ký trải nghiệm làm gốm. Giá trải nghiệm nặn nồi đất là 100.000 đồng/người, đã bao gồm nguyên liệu và công nung.

Ông Lê Văn Hùng, Giám đốc hợp tác xã, cho biết đơn vị đang đào tạo nghề cho 12 thanh niên địa phương, mỗi người được hỗ trợ 3 triệu đồng/người/tháng trong thời gian học.

Theo UBND huyện Phong Điền, năm 2024 huyện phấn đấu khôi phục thêm 2 lò nung, đào tạo nghề cho 30 lao động trẻ; dự kiến tổng kinh phí khoảng 2,5 tỷ đồng từ Chương trình mục tiêu quốc gia xây dựng nông thôn mới. Mục tiêu đến năm 2030, làng gốm Phước Tích có ít nhất 5 lò hoạt động thường xuyên.

Chia sẻ | Bình luận (0)
Xem thêm: Bản tin Thời sự 18h ngày 22/8/2024
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = per("trong năm 2023", "2023-01-01", "2023-12-31")
M7 = per("7 tháng đầu năm 2024", "2024-01-01", "2024-07-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")

FIGS = [
    fig("ra lò khoảng 30 nghìn", "30", 30e3, "measure", "sản phẩm/năm", approx="about",
        subject="sản phẩm gốm Phước Tích ra lò mỗi năm"),
    fig("hàng trăm lò", "hàng trăm", 100, "count", "lò nung", approx="over", optional=True,
        subject="lò nung làng gốm Phước Tích từng có"),
    fig("còn hai lò", "hai", 2, "count", "lò", subject="lò còn lại của làng"),
    fig("11 nghệ nhân", "11", 11, "count", "nghệ nhân, thợ", subject="nghệ nhân, thợ giữ nghề"),
    fig("khoảng 28.000", "28.000", 28000, "count", "sản phẩm", approx="about",
        subject="sản phẩm Hợp tác xã Gốm cổ Phước Tích sản xuất", period=Y23),
    fig("hơn 1,3 tỷ", "1,3", 1.3e9, "money", "đồng", approx="over",
        change=chg("increase", 1.4, "lần", "năm 2022"), subject="doanh thu hợp tác xã", period=Y23),
    fig("đạt 17.500", "17.500", 17500, "count", "sản phẩm", percent=58,
        subject="sản phẩm hợp tác xã đạt", period=M7),
    fig("hơn 9.000", "9.000", 9000, "count", "chiếc", approx="over", total=17500,
        subject="nồi đất, om kho cá", period=M7),
    fig("khoảng 45.000", "45.000", 45000, "count", "lượt khách", approx="about",
        subject="lượt khách làng cổ đón", period=Y23b),
    fig("khoảng ba chục", "ba chục", 30, "count", "đoàn khách", approx="about",
        subject="đoàn khách nước ngoài đăng ký trải nghiệm làm gốm", period=Y23b),
    fig("là 100.000", "100.000", 100000, "money", "đồng/người", subject="giá trải nghiệm nặn nồi đất"),
    fig("cho 12 thanh niên", "12", 12, "count", "thanh niên",
        subject="thanh niên địa phương hợp tác xã đang đào tạo nghề"),
    fig("hỗ trợ 3 triệu", "3", 3e6, "money", "đồng/người/tháng",
        subject="mức hỗ trợ thanh niên học nghề"),
    fig("thêm 2 lò", "2", 2, "count", "lò nung", status="target",
        subject="lò nung khôi phục thêm", period=Y24),
    fig("cho 30 lao động", "30", 30, "count", "lao động", status="target",
        subject="lao động trẻ được đào tạo nghề", period=Y24),
    fig("khoảng 2,5 tỷ", "2,5", 2.5e9, "money", "đồng", approx="about", status="forecast",
        subject="tổng kinh phí", period=Y24),
    fig("ít nhất 5 lò", "5", 5, "count", "lò", approx="at_least", status="target",
        subject="lò hoạt động thường xuyên", period=T30),
]

NOTES = [
    "Radio/TV site (TRT Thừa Thiên Huế): menu, 'Cập nhật lúc 18:30 ngày 22/08/2024', tag '(TRT) -', 'Chia sẻ | Bình luận (0)', video link.",
    "Distractors: 18:30, 'Bình luận (0)', 'Bản tin Thời sự 18h ngày 22/8/2024', 'kinh thành Huế' (not a place of a figure).",
    "Location: every figure is about làng Phước Tích (xã Phong Hòa) or huyện Phong Điền → Phong Điền.",
    "Headline 'mỗi năm ra lò khoảng 30 nghìn sản phẩm' is a yearly rate (measure, sản phẩm/năm), no period. 'hàng trăm lò' is optional (vague, historical).",
    "'tăng 1,4 lần so với năm 2022' → change in lần; 'bằng 58% kế hoạch năm' → percent of 17.500; '; trong đó hơn 9.000 chiếc' → total 17.500 (same sentence, period scored).",
    "'45.000 lượt khách, trong đó khoảng ba chục đoàn khách' counts another thing (đoàn, not lượt): no total. 'ba chục' = 30.",
    "'năm 2024 huyện phấn đấu' → target for 2 lò and 30 lao động; '; dự kiến … 2,5 tỷ' → forecast; 'Mục tiêu đến năm 2030 … ít nhất 5 lò' → target, start null.",
    "revised after the first run: 'hiện làng chỉ còn hai lò với 11 nghệ nhân, thợ giữ nghề' subject of 2 'lò còn giữ nghề' → 'lò còn lại của làng':",
    "'giữ nghề' qualifies the craftsmen, not the kilns; the sentence names the village's remaining kilns.",
]

if __name__ == "__main__":
    write("p1532-8", TEXT, NOTES, FIGS, published="2024-08-22", location="Phong Điền")
