"""p911-5: Party/provincial newspaper (Báo Quảng Ngãi), handmade ice cream workshops; byline and bare date at the end."""
from lib import F, P, I, C, T, write

TEXT = """Nỗi lo an toàn thực phẩm từ những lò kem thủ công

Vào mùa nắng nóng, các lò kem thủ công ở TP Quảng Ngãi hoạt động hết công suất. Tuy nhiên, điều kiện vệ sinh tại nhiều cơ sở chưa bảo đảm.

Lò kem của gia đình bà Lê Thị Bảy ở tổ 5, phường Nghĩa Chánh mỗi ngày làm ra khoảng 1.500 que kem, bỏ mối cho gần 40 xe kem dạo. Mỗi que kem đậu xanh được bán sỉ với giá 2.000 đồng, lãi khoảng 500 đồng/que. Cơ sở có 4 lao động, nhưng chỉ 1 người đã khám sức khỏe định kỳ.

Theo Chi cục An toàn vệ sinh thực phẩm tỉnh Quảng Ngãi, toàn tỉnh hiện có 73 cơ sở sản xuất kem, nước đá, nước giải khát quy mô nhỏ, trong đó TP Quảng Ngãi có 31 cơ sở, huyện Bình Sơn 12 cơ sở, huyện Tư Nghĩa 9 cơ sở. Chỉ 45 cơ sở được cấp giấy chứng nhận đủ điều kiện an toàn thực phẩm, chiếm 61,6%.

Từ đầu năm 2023 đến nay, Chi cục đã kiểm tra 38 cơ sở, phát hiện 10 cơ sở vi phạm, giảm 4 cơ sở so với cùng kỳ năm 2022, phạt tiền 64 triệu đồng. Trong 22 mẫu kem, nước đá được xét nghiệm, có 6 mẫu nhiễm vi sinh vượt mức cho phép.

Ông Võ Văn Mười, Chi cục trưởng Chi cục An toàn vệ sinh thực phẩm tỉnh cho biết, mức phạt đối với hành vi sản xuất thực phẩm không bảo đảm điều kiện vệ sinh là từ 5 đến 7 triệu đồng theo Nghị định số 115/2018/NĐ-CP. Trong tháng 6, Chi cục dự kiến phối hợp với các địa phương kiểm tra đột xuất khoảng 20 cơ sở sản xuất kem, tập trung tại khu vực chợ và trường học.

THANH NHƯ

22/05/2023
"""

YTD = P("Từ đầu năm 2023 đến nay", "2023-01-01", "2023-05-22")
JUN = P("Trong tháng 6", "2023-06-01", "2023-06-30")

FIGS = [
    F("khoảng 1.500 que kem", "1.500", 1500, "count", "que kem", "que kem làm ra mỗi ngày của lò kem", approx="about"),
    F("gần 40 xe kem dạo", "40", 40, "count", "xe kem dạo", "xe kem dạo lấy kem của lò", approx="nearly"),
    F("giá 2.000 đồng", "2.000", 2000, "money", "đồng/que", "giá bán sỉ mỗi que kem đậu xanh"),
    F("khoảng 500 đồng/que", "500", 500, "money", "đồng/que", "lãi mỗi que kem", approx="about"),
    F("có 4 lao động", "4", 4, "count", "lao động", "lao động của cơ sở"),
    F("chỉ 1 người", "1", 1, "count", "người", "lao động đã khám sức khỏe định kỳ"),
    F("hiện có 73 cơ sở", "73", 73, "count", "cơ sở", "cơ sở sản xuất kem, nước đá, nước giải khát quy mô nhỏ"),
    F("có 31 cơ sở", "31", 31, "count", "cơ sở", "cơ sở sản xuất kem, nước đá, nước giải khát quy mô nhỏ",
      total=73, location="TP Quảng Ngãi"),
    F("Bình Sơn 12 cơ sở", "12", 12, "count", "cơ sở", "cơ sở sản xuất kem, nước đá, nước giải khát quy mô nhỏ",
      total=73, location="Bình Sơn"),
    F("Tư Nghĩa 9 cơ sở", "9", 9, "count", "cơ sở", "cơ sở sản xuất kem, nước đá, nước giải khát quy mô nhỏ",
      total=73, location="Tư Nghĩa"),
    F("Chỉ 45 cơ sở", "45", 45, "count", "cơ sở", "cơ sở được cấp giấy chứng nhận đủ điều kiện an toàn thực phẩm",
      percent=61.6),
    F("kiểm tra 38 cơ sở", "38", 38, "count", "cơ sở", "cơ sở được kiểm tra", YTD),
    F("phát hiện 10 cơ sở", "10", 10, "count", "cơ sở", "cơ sở vi phạm", YTD,
      change=C("decrease", 4, "cơ sở", "cùng kỳ năm 2022")),
    F("phạt tiền 64 triệu đồng", "64", 64_000_000, "money", "đồng", "tiền phạt", YTD),
    F("Trong 22 mẫu", "22", 22, "count", "mẫu", "mẫu kem, nước đá được xét nghiệm", I(YTD)),
    F("có 6 mẫu", "6", 6, "count", "mẫu", "mẫu nhiễm vi sinh vượt mức cho phép", I(YTD), total=22),
    F("từ 5 đến 7 triệu đồng", "5", 5_000_000, "money", "đồng",
      "mức phạt đối với hành vi sản xuất thực phẩm không bảo đảm điều kiện vệ sinh", value_max=7_000_000,
      optional=True),
    F("khoảng 20 cơ sở", "20", 20, "count", "cơ sở", "cơ sở sản xuất kem kiểm tra đột xuất", JUN, approx="about",
      status="forecast"),
]

NOTES = [
    "Probe 911-5. Provincial Party newspaper (Báo Quảng Ngãi), byline THANH NHƯ and bare date 22/05/2023 at the end.",
    "Distractors: 'bà Lê Thị Bảy', 'tổ 5', 'ông Võ Văn Mười', 'Nghị định số 115/2018/NĐ-CP', the bare date.",
    "The workshop's figures (1.500 que kem, 40 xe, prices, 4 lao động, 1 người) are facts of one example workshop; they",
    "are stated as facts, so required. 'Mỗi que ... giá 2.000 đồng' is a per-unit price: unit đồng/que. 1 người: no cue, no total.",
    "31/12/9 cơ sở follow 'trong đó' after 73 -> total 73, districts in location. 45 cơ sở: new sentence, no cue, no total.",
    "'Trong 22 mẫu ..., có 6 mẫu' -> total 22. The legal fine bracket '5 đến 7 triệu đồng' is a rule, optional.",
    "'Trong tháng 6' takes 2023 from the nearest earlier date; 'dự kiến' -> forecast.",
]

if __name__ == "__main__":
    write("p911-5", TEXT, NOTES, FIGS, published="2023-05-22", location="Quảng Ngãi")
