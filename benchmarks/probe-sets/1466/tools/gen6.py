"""p1466-6: national newspaper: the Vietnamese toothpaste market, domestic brands gain share (2023)."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh doanh › Doanh nghiệp
Thứ tư, 20/3/2024, 06:00 (GMT+7)

Kem đánh răng nội địa giành lại thị phần

Thương hiệu Việt đang chiếm khoảng 18% thị trường kem đánh răng, gấp đôi mức của 5 năm trước, nhờ dòng sản phẩm thảo dược giá mềm.

Theo số liệu của Công ty nghiên cứu thị trường Asia Insight, quy mô thị trường kem đánh răng Việt Nam năm 2023 đạt khoảng 7.800 tỷ đồng, tăng 6,5% so với năm 2022. Hai tập đoàn đa quốc gia vẫn chiếm gần 70% thị phần, phần còn lại chia cho hơn 40 thương hiệu trong và ngoài nước. Bình quân mỗi người Việt dùng 2,3 tuýp kem đánh răng mỗi năm.

Công ty cổ phần Dược phẩm Sao Mai, có nhà máy tại KCN Phố Nối A (Hưng Yên), cho biết doanh thu kem đánh răng năm 2023 đạt 385 tỷ đồng, tăng 22% so với năm trước; năm nay công ty đặt mục tiêu 450 tỷ đồng. Sao Mai hiện đứng thứ tư về thị phần kem đánh răng trong nước, với 6,8%.

Giá bán lẻ kem đánh răng phổ thông từ 22.000 đến 45.000 đồng/tuýp 180 g, dòng cao cấp nhập khẩu có giá gấp 3-4 lần. Năm 2023, kim ngạch xuất khẩu kem đánh răng của Việt Nam đạt 62 triệu USD, chủ yếu sang Campuchia, Lào và Myanmar.

Khảo sát của Hội Răng Hàm Mặt Việt Nam cho thấy chỉ khoảng 30% người trưởng thành đi khám răng định kỳ. Ông Phạm Văn Lộc, Tổng giám đốc Sao Mai, dự báo thị trường sẽ tăng trưởng 7-8% mỗi năm trong giai đoạn 2024-2028.

Minh Thư
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
N23 = per("Năm 2023", "2023-01-01", "2023-12-31")
NOW = per("năm nay", "2024-01-01", "2024-12-31")
G28 = per("giai đoạn 2024-2028", "2024-01-01", "2028-12-31")
HY = "Hưng Yên"

FIGS = [
    fig("khoảng 18%", "18", 18, "percent", "%", approx="about",
        change=chg("increase", 2, "lần", "mức của 5 năm trước"),
        subject="thị phần thương hiệu Việt trên thị trường kem đánh răng"),
    fig("khoảng 7.800 tỷ", "7.800", 7800e9, "money", "đồng", approx="about",
        change=chg("increase", 6.5, "%", "năm 2022"),
        subject="quy mô thị trường kem đánh răng Việt Nam", period=Y23),
    fig("Hai tập đoàn", "Hai", 2, "count", "tập đoàn", optional=True),
    fig("gần 70%", "70", 70, "percent", "%", approx="nearly",
        subject="thị phần của hai tập đoàn đa quốc gia"),
    fig("hơn 40 thương hiệu", "40", 40, "count", "thương hiệu", approx="over",
        subject="thương hiệu kem đánh răng trong và ngoài nước"),
    fig("dùng 2,3 tuýp", "2,3", 2.3, "measure", "tuýp/người/năm",
        subject="kem đánh răng bình quân mỗi người Việt dùng"),
    fig("đạt 385 tỷ", "385", 385e9, "money", "đồng", change=chg("increase", 22, "%", "năm trước"),
        subject="doanh thu kem đánh răng của Công ty cổ phần Dược phẩm Sao Mai", period=Y23, location=HY),
    fig("tiêu 450 tỷ", "450", 450e9, "money", "đồng", status="target",
        subject="doanh thu mục tiêu của công ty", period=NOW, location=HY),
    fig("đứng thứ tư", "thứ tư", 4, "rank", "hạng",
        subject="thị phần kem đánh răng trong nước của Sao Mai", location=HY),
    fig("với 6,8%", "6,8", 6.8, "percent", "%", subject="thị phần kem đánh răng của Sao Mai", location=HY),
    fig("từ 22.000 đến 45.000", "22.000", 22000, "money", "đồng/tuýp", value_max=45000,
        subject="giá bán lẻ kem đánh răng phổ thông"),
    fig("tuýp 180 g", "180", 180, "measure", "g", optional=True),
    fig("gấp 3-4 lần", "3", 3, "multiple", "lần", value_max=4,
        subject="giá dòng kem đánh răng cao cấp nhập khẩu"),
    fig("đạt 62 triệu", "62", 62e6, "money", "USD",
        subject="kim ngạch xuất khẩu kem đánh răng của Việt Nam", period=N23),
    fig("khoảng 30%", "30", 30, "percent", "%", approx="about",
        subject="người trưởng thành đi khám răng định kỳ"),
    fig("trưởng 7-8%", "7", 7, "percent", "%", value_max=8, status="forecast",
        subject="tăng trưởng thị trường kem đánh răng mỗi năm", period=G28),
]

NOTES = [
    "National newspaper: section path, 'Thứ tư, 20/3/2024, 06:00 (GMT+7)', headline, sapo, byline at the end.",
    "Distractors: '(GMT+7)', '06:00', '5 năm trước' (a time span locating the baseline), 'KCN Phố Nối A', 'giai đoạn 2024-2028'.",
    "'chiếm khoảng 18% ..., gấp đôi mức của 5 năm trước' -> percent figure with change x2 (lần). 'Hai tập đoàn' names the group (optional).",
    "'2,3 tuýp ... mỗi năm' with 'mỗi người' is a rate (tuýp/người/năm, measure). 'tuýp 180 g' is a pack size (optional).",
    "Sao Mai's figures are located in Hưng Yên (its factory is named there), as a firm's figures take the firm's place; market figures -> Việt Nam.",
    "'đứng thứ tư' (number word as ordinal of a rank) -> rank 4; 'với 6,8%' is its own percent figure. 'năm nay' -> 2024 (dateline).",
    "'gấp 3-4 lần' stands alone as the claim -> multiple, range. 'dự báo ... 7-8% mỗi năm trong giai đoạn 2024-2028' -> forecast.",
]

if __name__ == "__main__":
    write("p1466-6", TEXT, NOTES, FIGS, published="2024-03-20", location="Việt Nam")
