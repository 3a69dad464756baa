"""p1282-4: Party newspaper (Báo Thanh Hóa, tag '(BTHO) -'): nem chua Thanh Hóa vươn xa."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO THANH HÓA - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH THANH HÓA
Kinh tế | Doanh nghiệp - Doanh nhân
Thứ Hai, 10/06/2024 07:15

Nem chua Thanh Hóa vươn xa

Từ món quà quê, nem chua Thanh Hóa nay có mặt ở hầu hết các tỉnh, thành phố; mỗi ngày các cơ sở trong tỉnh xuất xưởng khoảng 1,2 triệu chiếc nem.

(BTHO) - Theo Sở Công Thương, toàn tỉnh hiện có khoảng 300 cơ sở sản xuất nem chua, tập trung ở TP Thanh Hóa (gần 170 cơ sở), huyện Thiệu Hóa và thị xã Bỉm Sơn. Năm 2023, sản lượng nem chua toàn tỉnh đạt khoảng 320 triệu chiếc, doanh thu trên 640 tỷ đồng. 5 tháng đầu năm 2024, sản lượng ước đạt 148 triệu chiếc, tăng 6,5% so với cùng kỳ.

Tại phường Đông Thọ (số 15 đường Lê Lai), Công ty TNHH Thực phẩm Minh Lan mỗi ngày xuất xưởng 40.000-50.000 chiếc nem và khoảng 800 kg giò, chả các loại. Công ty có 65 lao động, trong đó 48 lao động nữ, thu nhập bình quân 7,5 triệu đồng/người/tháng.

Bà Lê Thị Lan, Giám đốc công ty cho biết, giá nem tại xưởng hiện 2.500-3.000 đồng/chiếc; năm ngoái công ty xuất sang Hàn Quốc, Nhật Bản khoảng 8 tấn nem chua đông lạnh, gấp đôi năm 2022.

Để phát triển bền vững, tỉnh đặt mục tiêu đến năm 2025 có 10 sản phẩm nem chua đạt chuẩn OCOP từ 3 sao trở lên (hiện đã có 6 sản phẩm) và 100% cơ sở sản xuất ghi nhãn, truy xuất nguồn gốc đầy đủ.

LÊ HỢI

Tin liên quan:
- Lễ hội Văn hóa ẩm thực xứ Thanh lần thứ 3
- Thanh Hóa: Tuyến Quốc lộ 1A qua Bỉm Sơn được nâng cấp
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
M5 = per("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")
LAST = per("năm ngoái", "2023-01-01", "2023-12-31")
TO25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("khoảng 1,2 triệu chiếc", "1,2", 1.2e6, "count", "chiếc", approx="about",
        subject="nem các cơ sở trong tỉnh xuất xưởng mỗi ngày"),
    fig("khoảng 300 cơ sở", "300", 300, "count", "cơ sở", approx="about", subject="cơ sở sản xuất nem chua"),
    fig("gần 170 cơ sở", "170", 170, "count", "cơ sở", approx="nearly", subject="cơ sở sản xuất nem chua",
        location="TP Thanh Hóa"),
    fig("khoảng 320 triệu chiếc", "320", 320e6, "count", "chiếc", approx="about",
        subject="sản lượng nem chua toàn tỉnh", period=Y23),
    fig("trên 640 tỷ", "640", 640e9, "money", "đồng", approx="over", subject="doanh thu", period=Y23),
    fig("ước đạt 148 triệu", "148", 148e6, "count", "chiếc", status="estimate",
        change=chg("increase", 6.5, "%", "cùng kỳ"), subject="sản lượng nem chua", period=M5),
    fig("40.000-50.000 chiếc", "40.000", 40000, "count", "chiếc", value_max=50000,
        subject="nem Công ty TNHH Thực phẩm Minh Lan xuất xưởng mỗi ngày", location="TP Thanh Hóa"),
    fig("khoảng 800 kg", "800", 800, "measure", "kg", approx="about",
        subject="giò, chả các loại công ty xuất xưởng mỗi ngày", location="TP Thanh Hóa"),
    fig("có 65 lao động", "65", 65, "count", "lao động", subject="lao động công ty", location="TP Thanh Hóa"),
    fig("48 lao động nữ", "48", 48, "count", "lao động", total=65, subject="lao động nữ", location="TP Thanh Hóa"),
    fig("7,5 triệu", "7,5", 7.5e6, "money", "đồng/người/tháng", subject="thu nhập bình quân",
        location="TP Thanh Hóa"),
    fig("2.500-3.000", "2.500", 2500, "money", "đồng/chiếc", value_max=3000, subject="giá nem tại xưởng",
        location="TP Thanh Hóa"),
    fig("khoảng 8 tấn", "8", 8, "measure", "tấn", approx="about", change=chg("increase", 2, "lần", "năm 2022"),
        subject="nem chua đông lạnh công ty xuất sang Hàn Quốc, Nhật Bản", period=LAST, location="TP Thanh Hóa"),
    fig("có 10 sản phẩm", "10", 10, "count", "sản phẩm", status="target",
        subject="sản phẩm nem chua đạt chuẩn OCOP từ 3 sao trở lên", period=TO25),
    fig("(hiện đã có 6 sản phẩm)", "6", 6, "count", "sản phẩm", subject="sản phẩm nem chua đạt chuẩn OCOP"),
    fig("100% cơ sở", "100", 100, "percent", "%", status="target",
        subject="cơ sở sản xuất ghi nhãn, truy xuất nguồn gốc đầy đủ", period=TO25),
]

NOTES = [
    "Party newspaper (Báo Thanh Hóa): masthead, 'Thứ Hai, 10/06/2024 07:15', sapo, tag '(BTHO) -', byline 'LÊ HỢI', related links.",
    "Nem chua is counted in chiếc (count). 'mỗi ngày' before the verb is an adverb, not a written denominator: unit 'chiếc', 'kg',",
    "and 'mỗi ngày' goes to the subject (as the shared gold 004 does with 'mỗi năm tiết kiệm gần 30 tỷ đồng').",
    "revised after the first run: '1,2 triệu chiếc' and '40.000-50.000 chiếc' were measure 'chiếc/ngày', now count 'chiếc'; '800 kg' was 'kg/ngày'.",
    "'TP Thanh Hóa (gần 170 cơ sở)' is no full breakdown of 300 (no trong đó/gồm cue, the other places have no number): no total.",
    "The Minh Lan company is in phường Đông Thọ, TP Thanh Hóa: its figures are located in TP Thanh Hóa (the scorer strips 'TP').",
    "'năm ngoái' in an article of 2024 is 2023; 'gấp đôi năm 2022' is the change (2 lần) of 8 tấn.",
    "'(hiện đã có 6 sản phẩm)' has its own verb: actual, not the target's status; the target 10 is no total of it.",
    "Distractors: '10/06/2024 07:15', '(BTHO)', 'số 15 đường Lê Lai', 'OCOP từ 3 sao', 'lần thứ 3', 'Quốc lộ 1A', 'năm 2022' baseline.",
]

if __name__ == "__main__":
    write("p1282-4", TEXT, NOTES, FIGS, published="2024-06-10", location="Thanh Hóa")
