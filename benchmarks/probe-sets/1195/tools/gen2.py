"""p1195-2: district portal (huyện Vạn Ninh, Khánh Hòa): anchovy steaming and drying season, one drying yard."""
from lib import F, P, I, C, T, write

TEXT = """TRANG THÔNG TIN ĐIỆN TỬ HUYỆN VẠN NINH - TỈNH KHÁNH HÒA
Trang chủ / Tin tức - Sự kiện / Kinh tế

Vào vụ hấp, phơi cá cơm

Ngày đăng: 12/04/2023 | Người viết: Minh Hải | Lượt xem: 318

Từ đầu năm đến nay, ngư dân trong huyện đã khai thác khoảng 5.400 tấn cá cơm, tăng 11,5% so với cùng kỳ. Trong đó, riêng xã Vạn Thạnh hơn 2.100 tấn, xã Vạn Hưng 1.350 tấn.

Hiện toàn huyện có 87 cơ sở hấp, phơi sấy cá cơm, tập trung ở các xã Vạn Hưng, Vạn Thạnh, Vạn Phước, giải quyết việc làm cho gần 900 lao động địa phương, chủ yếu là phụ nữ.

Cơ sở của ông Lê Văn Tám ở thôn Xuân Tự 1, xã Vạn Hưng là một trong những cơ sở lớn nhất huyện. Vào mùa cao điểm, mỗi ngày cơ sở thu mua từ 3 đến 4 tấn cá cơm tươi, sau khi hấp và phơi nắng hai ngày cho ra khoảng 1 tấn cá khô thành phẩm. Cơ sở có hai lò hấp, 1.200 m2 sân phơi và thường xuyên thuê 15 lao động với tiền công 280.000 đồng/người/ngày. Theo ông Tám, năm 2022 cơ sở lãi hơn 400 triệu đồng.

Giá cá cơm khô loại ngon hiện bán tại cơ sở từ 180.000 đến 250.000 đồng/kg; cá cơm sữa có giá cao nhất, khoảng 320.000 đồng/kg.

Năm 2023, huyện phấn đấu có thêm 10 cơ sở được cấp giấy chứng nhận đủ điều kiện an toàn thực phẩm, nâng tổng số lên 45 cơ sở; đồng thời hỗ trợ 3 hợp tác xã xây dựng sản phẩm OCOP 3 sao từ cá cơm.
"""

YTD = P("Từ đầu năm đến nay", "2023-01-01", "2023-04-12")
Y22 = P("năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
ATTP = "cơ sở được cấp giấy chứng nhận đủ điều kiện an toàn thực phẩm"

FIGS = [
    F("khoảng 5.400 tấn", "5.400", 5400, "measure", "tấn", approx="about",
      change=C("increase", 11.5, "%", "cùng kỳ"),
      subject="sản lượng cá cơm ngư dân trong huyện khai thác", period=YTD),
    F("hơn 2.100 tấn", "2.100", 2100, "measure", "tấn", approx="over", total=5400,
      subject="sản lượng cá cơm khai thác xã Vạn Thạnh", period=I(YTD)),
    F("xã Vạn Hưng 1.350 tấn", "1.350", 1350, "measure", "tấn", total=5400,
      subject="sản lượng cá cơm khai thác xã Vạn Hưng", period=I(YTD)),
    F("có 87 cơ sở", "87", 87, "count", "cơ sở", subject="cơ sở hấp, phơi sấy cá cơm"),
    F("gần 900 lao động", "900", 900, "count", "lao động", approx="nearly",
      subject="lao động địa phương được giải quyết việc làm tại các cơ sở hấp, phơi sấy cá cơm"),
    F("từ 3 đến 4 tấn", "3", 3, "measure", "tấn/ngày", value_max=4,
      subject="cá cơm tươi cơ sở thu mua mỗi ngày"),
    F("phơi nắng hai ngày", "hai", 2, "measure", "ngày", optional=True,
      subject="thời gian phơi nắng cá cơm"),
    F("khoảng 1 tấn", "1", 1, "measure", "tấn/ngày", approx="about",
      subject="cá khô thành phẩm mỗi ngày"),
    F("có hai lò hấp", "hai", 2, "count", "lò hấp", subject="lò hấp của cơ sở"),
    F("1.200 m2", "1.200", 1200, "measure", "m2", subject="sân phơi của cơ sở"),
    F("thuê 15 lao động", "15", 15, "count", "lao động", subject="lao động cơ sở thường xuyên thuê"),
    F("công 280.000 đồng", "280.000", 280000, "money", "đồng/người/ngày",
      subject="tiền công lao động tại cơ sở"),
    F("hơn 400 triệu", "400", 400000000, "money", "đồng", approx="over",
      subject="lãi của cơ sở", period=Y22),
    F("từ 180.000 đến 250.000", "180.000", 180000, "money", "đồng/kg", value_max=250000,
      subject="giá cá cơm khô loại ngon bán tại cơ sở"),
    F("khoảng 320.000", "320.000", 320000, "money", "đồng/kg", approx="about",
      subject="giá cá cơm sữa"),
    F("thêm 10 cơ sở", "10", 10, "count", "cơ sở", status="target",
      subject=ATTP, period=Y23),
    F("lên 45 cơ sở", "45", 45, "count", "cơ sở", status="target",
      subject="tổng số " + ATTP, period=Y23),
    F("hỗ trợ 3 hợp tác xã", "3", 3, "count", "hợp tác xã", status="target",
      subject="hợp tác xã được hỗ trợ xây dựng sản phẩm OCOP từ cá cơm", period=Y23),
]

NOTES = [
    "District portal (huyện Vạn Ninh, Khánh Hòa), 'Ngày đăng: 12/04/2023 | Người viết: Minh Hải | Lượt xem: 318'. Location Vạn Ninh throughout",
    "(communes Vạn Thạnh, Vạn Hưng stay in the district). 'Từ đầu năm đến nay' ends at the published date.",
    "Distractors: 'Lượt xem: 318', 'ông Lê Văn Tám' / 'ông Tám' (a name that is a number word), 'thôn Xuân Tự 1', 'OCOP 3 sao' (a grade).",
    "The drying yard of ông Tám: per-day amounts carry '/ngày' in the unit ('mỗi ngày'); 'phơi nắng hai ngày' is a step of the process (optional).",
    "revised after the first run: subject of 'gần 900 lao động' used the paraphrase 'có việc làm'; now the sentence's own 'được giải quyết việc làm'.",
    "'hai lò hấp' is a number word figure. 'thêm 10 cơ sở … nâng tổng số lên 45 cơ sở' are two target figures (no change attribute: 'thêm' is not a change cue of 45).",
]

if __name__ == "__main__":
    write("p1195-2", TEXT, NOTES, FIGS, published="2023-04-12", location="Vạn Ninh")
