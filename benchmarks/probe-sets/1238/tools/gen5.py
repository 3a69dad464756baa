"""p1238-5: Party newspaper (Báo Vĩnh Phúc), a household yogurt workshop in xã An Tường, huyện Vĩnh Tường."""
from lib import F, P, I, C, T, write

TEXT = """Báo Vĩnh Phúc > Kinh tế > Nông nghiệp

Làm giàu từ sữa chua nếp cẩm ở An Tường

Từ 5 con bò sữa năm 2015, gia đình anh Nguyễn Văn Hưng ở thôn Lũng Hạ, xã An Tường (huyện Vĩnh Tường) nay đã có đàn bò 42 con và xưởng chế biến sữa chua rộng 300 m2.

Mỗi ngày, đàn bò nhà anh cho khoảng 480 lít sữa, trong đó 200 lít được chế biến thành sữa chua, sữa chua nếp cẩm, phần còn lại bán cho nhà máy với giá 14.000 đồng/lít. Bình quân mỗi tháng, xưởng bán ra khoảng 18.000 hũ sữa chua, doanh thu trên 150 triệu đồng, trừ chi phí còn lãi gần 45 triệu đồng. Theo anh Hưng, làm sữa chua cho giá trị gấp 2,5 lần bán sữa tươi. Xưởng tạo việc làm thường xuyên cho 6 lao động với mức lương từ 6 đến 7 triệu đồng/người/tháng.

Toàn huyện Vĩnh Tường hiện có 1.920 con bò sữa, chủ yếu ở các xã An Tường, Vĩnh Thịnh, Bình Dương; sản lượng sữa 9 tháng năm 2024 đạt 6.850 tấn, tăng 3,2% so với cùng kỳ. Huyện có 14 hộ, cơ sở làm sữa chua thủ công, trong đó 3 cơ sở có sản phẩm đạt OCOP 3 sao.

Ông Phan Văn Tuấn, Phó Chủ tịch UBND huyện cho biết, huyện đang xây dựng nhãn hiệu tập thể "Sữa chua An Tường" và hỗ trợ các hộ làm sữa chua đăng ký mã số vùng chăn nuôi. Tỉnh Vĩnh Phúc đặt mục tiêu đến năm 2025 đàn bò sữa toàn tỉnh đạt 3.500 con, sản lượng sữa tươi trên 12.000 tấn/năm.

MINH HƯƠNG
12/11/2024
"""

Y15 = P("năm 2015", "2015-01-01", "2015-12-31")
N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
T25 = P("đến năm 2025", None, "2025-12-31")
VT = "Vĩnh Tường"

FIGS = [
    F("Từ 5 con", "5", 5, "count", "con", subject="bò sữa gia đình anh Nguyễn Văn Hưng", period=Y15,
      location=VT),
    F("bò 42 con", "42", 42, "count", "con", subject="đàn bò gia đình anh Nguyễn Văn Hưng", location=VT),
    F("rộng 300 m2", "300", 300, "measure", "m2", subject="xưởng chế biến sữa chua", location=VT),
    F("khoảng 480 lít", "480", 480, "measure", "lít/ngày", approx="about", subject="sữa đàn bò cho",
      location=VT),
    F("200 lít", "200", 200, "measure", "lít/ngày", total=480,
      subject="sữa được chế biến thành sữa chua, sữa chua nếp cẩm", location=VT),
    F("14.000 đồng/lít", "14.000", 14000, "money", "đồng/lít", subject="giá bán sữa cho nhà máy",
      location=VT),
    F("khoảng 18.000 hũ", "18.000", 18000, "count", "hũ", approx="about",
      subject="hũ sữa chua xưởng bán ra bình quân mỗi tháng", location=VT),
    F("trên 150 triệu", "150", 150e6, "money", "đồng", approx="over", subject="doanh thu", location=VT),
    F("gần 45 triệu", "45", 45e6, "money", "đồng", approx="nearly", subject="lãi trừ chi phí",
      location=VT),
    F("gấp 2,5 lần", "2,5", 2.5, "multiple", "lần", subject="giá trị làm sữa chua so với bán sữa tươi",
      location=VT),
    F("cho 6 lao động", "6", 6, "count", "lao động", subject="lao động xưởng tạo việc làm thường xuyên",
      location=VT),
    F("từ 6 đến 7 triệu", "6", 6e6, "money", "đồng/người/tháng", value_max=7e6,
      subject="mức lương lao động", location=VT),
    F("có 1.920 con", "1.920", 1920, "count", "con", subject="bò sữa", location=VT),
    F("đạt 6.850 tấn", "6.850", 6850, "measure", "tấn", change=C("increase", 3.2, "%", "cùng kỳ"),
      subject="sản lượng sữa", period=N9, location=VT),
    F("có 14 hộ", "14", 14, "count", "hộ, cơ sở", subject="hộ, cơ sở làm sữa chua thủ công", location=VT),
    F("3 cơ sở", "3", 3, "count", "cơ sở", total=14, subject="cơ sở có sản phẩm đạt OCOP 3 sao",
      location=VT),
    F("đạt 3.500 con", "3.500", 3500, "count", "con", status="target",
      subject="đàn bò sữa toàn tỉnh", period=T25),
    F("trên 12.000 tấn", "12.000", 12000, "measure", "tấn/năm", approx="over", status="target",
      subject="sản lượng sữa tươi", period=T25),
]

NOTES = [
    "Party newspaper (Báo Vĩnh Phúc): portrait of a yogurt household in xã An Tường, huyện Vĩnh Tường; byline 'MINH HƯƠNG' and bare",
    "date '12/11/2024' at the end (published). The household's and the district's figures are placed in Vĩnh Tường; the 2025 target is provincial.",
    "Distractors: 'xã ... Bình Dương' (a commune of Vĩnh Tường, not the province), 'OCOP 3 sao', 'thôn Lũng Hạ', the mark 'Sữa chua An Tường'.",
    "'Từ 5 con bò sữa năm 2015' is a count dated 2015. 'Mỗi ngày ... khoảng 480 lít sữa, trong đó 200 lít' → per-day measures, part with total 480.",
    "'gấp 2,5 lần bán sữa tươi' stands as the claim: multiple. The portrait's present figures ('nay', 'Bình quân mỗi tháng') get no period.",
]

if __name__ == "__main__":
    write("p1238-5", TEXT, NOTES, FIGS, published="2024-11-12", location="Vĩnh Phúc")
