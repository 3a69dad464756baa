"""p1184-4: ministry site (Bộ NN&PTNT), national: shrimp seed 2023, hatcheries, broodstock imports, surveillance, 2030 targets."""
from lib import fig, per, inh, chg, tgt, build

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Tin hoạt động | Thủy sản
Ngày đăng: 05/03/2024 | Lượt xem: 1.032

Nâng cao chất lượng tôm giống, kiểm soát chặt tôm bố mẹ nhập khẩu

Theo Cục Thủy sản, năm 2023 cả nước sản xuất khoảng 152 tỷ con tôm nước lợ giống, tăng 4,1% so với năm 2022, trong đó tôm thẻ chân trắng 131 tỷ con, tôm sú 21 tỷ con. Hiện toàn quốc có 1.924 cơ sở sản xuất và 2.870 cơ sở ương dưỡng tôm giống; 1.512 cơ sở sản xuất đã được cấp giấy chứng nhận đủ điều kiện, đạt 78,6%.

Các tỉnh sản xuất tôm giống lớn nhất lần lượt là Ninh Thuận (37,2 tỷ con), Bạc Liêu (28,4 tỷ con) và Cà Mau (17,9 tỷ con). Năm 2023, Việt Nam nhập khẩu gần 260.000 con tôm bố mẹ từ 12 quốc gia và vùng lãnh thổ, chủ yếu từ Hoa Kỳ và Thái Lan; giá phổ biến từ 45 đến 80 USD/cặp.

Qua giám sát, các cơ quan thú y đã lấy 8.640 mẫu tôm giống, phát hiện 173 mẫu dương tính với ít nhất một loại mầm bệnh, chiếm 2%. Tôm bố mẹ sản xuất trong nước từ các chương trình chọn giống mới đáp ứng khoảng 25% nhu cầu.

Tại hội nghị ngày 28/2, Thứ trưởng Phùng Đức Tiến yêu cầu các địa phương tổ chức 4 đợt kiểm tra cao điểm trong năm 2024. Mục tiêu đến năm 2030, cả nước sản xuất 200 tỷ con tôm giống, trong đó 50% tôm bố mẹ được sản xuất trong nước.

Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội. Điện thoại: 024.3843.4682
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Y23b = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("trong năm 2024", "2024-01-01", "2024-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
IND = "tôm giống sản xuất"

FIGS = [
    fig("khoảng 152 tỷ con", "152", 152e9, "count", "con", approx="about",
        change=chg("increase", 4.1, "%", "năm 2022"),
        subject="tôm nước lợ giống sản xuất", period=Y23),
    fig("chân trắng 131 tỷ con", "131", 131e9, "count", "con", total=152e9,
        subject="tôm thẻ chân trắng giống sản xuất", period=Y23),
    fig("tôm sú 21 tỷ con", "21", 21e9, "count", "con", total=152e9,
        subject="tôm sú giống sản xuất", period=Y23),
    fig("có 1.924 cơ sở", "1.924", 1924, "count", "cơ sở", subject="cơ sở sản xuất tôm giống"),
    fig("2.870 cơ sở", "2.870", 2870, "count", "cơ sở", subject="cơ sở ương dưỡng tôm giống"),
    fig("1.512 cơ sở", "1.512", 1512, "count", "cơ sở", percent=78.6,
        subject="cơ sở sản xuất được cấp giấy chứng nhận đủ điều kiện"),
    fig("(37,2 tỷ con)", "37,2", 37.2e9, "count", "con", subject=IND, location="Ninh Thuận",
        period=inh(Y23)),
    fig("(28,4 tỷ con)", "28,4", 28.4e9, "count", "con", subject=IND, location="Bạc Liêu",
        period=inh(Y23)),
    fig("(17,9 tỷ con)", "17,9", 17.9e9, "count", "con", subject=IND, location="Cà Mau",
        period=inh(Y23)),
    fig("gần 260.000 con", "260.000", 260000, "count", "con", approx="nearly",
        subject="tôm bố mẹ nhập khẩu", period=Y23b),
    fig("từ 12 quốc gia", "12", 12, "count", "quốc gia và vùng lãnh thổ",
        subject="quốc gia và vùng lãnh thổ cung cấp tôm bố mẹ nhập khẩu", period=Y23b),
    fig("từ 45 đến 80 USD/cặp", "45", 45, "money", "USD/cặp", value_max=80,
        subject="giá tôm bố mẹ nhập khẩu", period=Y23b),
    fig("lấy 8.640 mẫu", "8.640", 8640, "count", "mẫu", subject="mẫu tôm giống lấy giám sát",
        period=inh(Y23b)),
    fig("phát hiện 173 mẫu", "173", 173, "count", "mẫu", percent=2,
        subject="mẫu tôm giống dương tính với mầm bệnh", period=inh(Y23b)),
    fig("ít nhất một loại", "một", 1, "count", "loại mầm bệnh", approx="at_least", optional=True),
    fig("khoảng 25% nhu cầu", "25", 25, "percent", "%", approx="about",
        subject="nhu cầu tôm bố mẹ được đáp ứng bởi tôm bố mẹ sản xuất trong nước"),
    fig("tổ chức 4 đợt", "4", 4, "count", "đợt", status="target",
        subject="đợt kiểm tra cao điểm", period=Y24),
    fig("sản xuất 200 tỷ con", "200", 200e9, "count", "con", status="target",
        subject="tôm giống sản xuất", period=T30),
    fig("50% tôm bố mẹ", "50", 50, "percent", "%", status="target",
        subject="tôm bố mẹ được sản xuất trong nước", period=T30),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT): 'Ngày đăng: 05/03/2024 | Lượt xem: 1.032' (published; counter is furniture). National: location Việt Nam.",
    "152 tỷ with parts after 'trong đó' (131 + 21). 1.512 'đạt 78,6%': percent attribute; no part-of cue, so no total.",
    "'lần lượt là Ninh Thuận (37,2 tỷ con) …': list items share the indicator, provinces go to location; period from the previous",
    "paragraph (inherited). 173 mẫu 'chiếm 2%': percent; 'ít nhất một loại mầm bệnh' is a threshold in a definition (optional).",
    "'yêu cầu … tổ chức 4 đợt … trong năm 2024' is a directive (target). 'Mục tiêu đến năm 2030' -> targets; '50% tôm bố mẹ' after",
    "'trong đó' is a percent figure of its own (a percent has no whole in con).",
    "Distractors: 'ngày 28/2', address 'Số 2 Ngọc Hà', phone 024.3843.4682, the view counter.",
]

if __name__ == "__main__":
    build("p1184-4", TEXT, NOTES, FIGS, published="2024-03-05", location="Việt Nam")
