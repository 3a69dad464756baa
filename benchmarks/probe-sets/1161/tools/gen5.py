"""p1161-5: Party newspaper (Báo Thái Bình): a commune of tarpaulin and raincoat workshops; byline + bare date at the end."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Báo Thái Bình
Kinh tế

Làng quê rộn ràng nghề may bạt, áo mưa

Về xã Quỳnh Hoa (huyện Quỳnh Phụ) những ngày cuối năm, tiếng máy may, máy hàn nhiệt vang lên khắp các thôn. Toàn xã hiện có 47 hộ làm nghề cắt, may, hàn bạt và áo mưa, thu hút khoảng 650 lao động, trong đó 210 người là lao động cao tuổi, lao động khuyết tật làm tại nhà.

Gia đình anh Phạm Văn Toàn ở thôn Đông Hải là một trong những hộ đầu tiên đưa máy hàn cao tần về làng từ năm 2016. Hiện xưởng của anh có 5 máy hàn, 12 máy may và 28 công nhân; mỗi tháng sản xuất khoảng 18.000 m2 bạt che và 9.000 chiếc áo mưa. Trừ chi phí, mỗi năm gia đình anh lãi khoảng 600 triệu đồng. Anh Toàn cho biết, giá bạt bán tại xưởng hiện từ 12.000 đến 25.000 đồng/m2 tùy loại, tăng khoảng 10% so với năm ngoái do giá hạt nhựa tăng.

Ông Vũ Đức Thịnh, Chủ tịch UBND xã cho biết, năm 2024 thu nhập từ nghề bạt, áo mưa chiếm gần 45% tổng thu nhập của xã; thu nhập bình quân đầu người ước đạt 68 triệu đồng/năm.

Theo Sở Công Thương, toàn tỉnh có 3 làng nghề may mặc, bạt nhựa được công nhận với hơn 1.900 lao động. Năm 2023, giá trị sản xuất của các làng nghề này đạt 286 tỷ đồng, bằng 112% năm 2022. Năm 2024, tỉnh bố trí 2,8 tỷ đồng kinh phí khuyến công hỗ trợ các cơ sở đổi mới máy móc, thiết bị.

XUÂN HÙNG
25/12/2024
"""

QP = "Quỳnh Phụ"
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24b = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("có 47 hộ", "47", 47, "count", "hộ", subject="hộ làm nghề cắt, may, hàn bạt và áo mưa", location=QP),
    fig("khoảng 650 lao động", "650", 650, "count", "lao động", approx="about",
        subject="lao động làm nghề cắt, may, hàn bạt và áo mưa", location=QP),
    fig("210 người", "210", 210, "count", "người", total=650,
        subject="lao động cao tuổi, lao động khuyết tật làm tại nhà", location=QP),
    fig("có 5 máy hàn", "5", 5, "count", "máy hàn", subject="máy hàn của xưởng anh Toàn", location=QP),
    fig("12 máy may", "12", 12, "count", "máy may", subject="máy may của xưởng anh Toàn", location=QP),
    fig("28 công nhân", "28", 28, "count", "công nhân", subject="công nhân của xưởng anh Toàn", location=QP),
    fig("khoảng 18.000 m2", "18.000", 18000, "measure", "m2", approx="about",
        subject="bạt che xưởng sản xuất mỗi tháng", location=QP),
    fig("9.000 chiếc", "9.000", 9000, "count", "chiếc áo mưa", subject="áo mưa xưởng sản xuất mỗi tháng",
        location=QP),
    fig("khoảng 600 triệu", "600", 600e6, "money", "đồng", approx="about",
        subject="lãi mỗi năm của gia đình anh Toàn", location=QP),
    fig("từ 12.000 đến 25.000", "12.000", 12000, "money", "đồng/m2", value_max=25000,
        change=chg("increase", 10, "%", "năm ngoái", approx="about"), subject="giá bạt bán tại xưởng",
        location=QP),
    fig("gần 45%", "45", 45, "percent", "%", approx="nearly",
        subject="thu nhập từ nghề bạt, áo mưa trong tổng thu nhập của xã", period=Y24, location=QP),
    fig("ước đạt 68 triệu", "68", 68e6, "money", "đồng/năm", status="estimate",
        subject="thu nhập bình quân đầu người", period=Y24, location=QP),
    fig("có 3 làng nghề", "3", 3, "count", "làng nghề",
        subject="làng nghề may mặc, bạt nhựa được công nhận"),
    fig("hơn 1.900 lao động", "1.900", 1900, "count", "lao động", approx="over",
        subject="lao động tại các làng nghề may mặc, bạt nhựa"),
    fig("đạt 286 tỷ", "286", 286e9, "money", "đồng", percent=112,
        subject="giá trị sản xuất của các làng nghề may mặc, bạt nhựa", period=Y23),
    fig("bố trí 2,8 tỷ", "2,8", 2.8e9, "money", "đồng",
        subject="kinh phí khuyến công hỗ trợ các cơ sở đổi mới máy móc, thiết bị", period=Y24b),
]

NOTES = [
    "Party newspaper (Báo Thái Bình) feature; byline 'XUÂN HÙNG' and bare date '25/12/2024' at the end (published 2024-12-25).",
    "xã Quỳnh Hoa lies in huyện Quỳnh Phụ: the commune's and the workshop's figures get location Quỳnh Phụ; province figures (Sở Công Thương) Thái Bình.",
    "'trong đó 210 người' is part of 'khoảng 650 lao động' (total 650). 'bằng 112% năm 2022' → percent 112 of 286 tỷ.",
    "'tăng khoảng 10% so với năm ngoái' is the change of the price range (approx about on the change).",
    "'hiện', 'mỗi tháng', 'mỗi năm' give no period. 'ước đạt 68 triệu' continues the 'năm 2024' sentence after ';' (period scored).",
    "Distractors: 'từ năm 2016', 'thôn Đông Hải', 'những ngày cuối năm', 'năm ngoái', 'năm 2022' (baselines), names.",
]

if __name__ == "__main__":
    write("p1161-5", TEXT, NOTES, FIGS, published="2024-12-25", location="Thái Bình")
