"""p677-5: Party newspaper (Báo Quảng Ngãi) — OCOP fish-sauce products, lần lượt by locality, a producer in Sa Huỳnh."""
from lib import F, P, inh, CH, TG, emit

TEXT = """Nâng tầm nước mắm truyền thống nhờ Chương trình OCOP

(Báo Quảng Ngãi) - Sau 5 năm triển khai Chương trình Mỗi xã một sản phẩm (OCOP), đến hết tháng 3/2024, toàn tỉnh có 16 sản phẩm nước mắm được công nhận, chiếm 7,2% tổng số sản phẩm OCOP của tỉnh. Trong đó có 3 sản phẩm đạt 4 sao, 13 sản phẩm đạt 3 sao.

Các sản phẩm tập trung ở thị xã Đức Phổ, huyện Bình Sơn, huyện Lý Sơn và huyện Mộ Đức với lần lượt 9, 4, 2 và 1 sản phẩm. Năm 2023, sản lượng nước mắm toàn tỉnh đạt 8,75 triệu lít, tăng 5,1% so với năm 2022.

Tại phường Phổ Thạnh (thị xã Đức Phổ), nơi có làng nghề nước mắm Sa Huỳnh hơn 200 năm tuổi, ông Nguyễn Văn Hải, chủ cơ sở nước mắm Hải Sa Huỳnh ở tổ dân phố Thạnh Đức 2, cho biết mỗi năm cơ sở ủ chượp khoảng 400 tấn cá cơm, cho ra hơn 150.000 lít nước mắm có độ đạm từ 25 đến 30 g N/l. "Từ khi đạt OCOP 3 sao năm 2021, giá bán tăng lên 65.000 đồng/lít, doanh thu tăng từ 20 đến 25%", ông Hải nói.

Theo Văn phòng Điều phối nông thôn mới tỉnh, năm 2023 các chủ thể OCOP nước mắm đạt tổng doanh thu 41,3 tỷ đồng, giải quyết việc làm cho gần 600 lao động, trong đó 65% là lao động nữ.

Tỉnh phấn đấu đến năm 2025 có thêm 5 sản phẩm nước mắm đạt OCOP, trong đó ít nhất 1 sản phẩm 4 sao; đồng thời hỗ trợ 30% kinh phí xây dựng nhãn hiệu, bao bì cho các chủ thể. Hiện trên tuyến Quốc lộ 1A qua thị xã Đức Phổ có 12 điểm trưng bày, bán sản phẩm nước mắm.

BẢO NGỌC
25/4/2024
"""

ASOF = P("đến hết tháng 3/2024", end="2024-03-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
T25 = P("đến năm 2025", end="2025-12-31")

FIGS = [
    F("Sau 5 năm", "5", 5, "measure", "năm", "thời gian triển khai Chương trình OCOP", optional=True,
      note="a duration that locates the figures in time: not required"),
    F("có 16 sản phẩm", "16", 16, "count", "sản phẩm", "sản phẩm nước mắm được công nhận OCOP", ASOF, percent=7.2),
    F("có 3 sản phẩm đạt 4 sao", "3", 3, "count", "sản phẩm", "sản phẩm nước mắm OCOP đạt 4 sao", inh(ASOF), total=16),
    F("13 sản phẩm đạt 3 sao", "13", 13, "count", "sản phẩm", "sản phẩm nước mắm OCOP đạt 3 sao", inh(ASOF), total=16),
    F("lần lượt 9, 4", "9", 9, "count", "sản phẩm", "sản phẩm nước mắm OCOP", inh(ASOF), location="Đức Phổ",
      note="'lần lượt' list: each item is a figure with the place of its position"),
    F("9, 4, 2", "4", 4, "count", "sản phẩm", "sản phẩm nước mắm OCOP", inh(ASOF), location="Bình Sơn"),
    F("4, 2 và", "2", 2, "count", "sản phẩm", "sản phẩm nước mắm OCOP", inh(ASOF), location="Lý Sơn"),
    F("và 1 sản phẩm", "1", 1, "count", "sản phẩm", "sản phẩm nước mắm OCOP", inh(ASOF), location="Mộ Đức"),
    F("đạt 8,75 triệu lít", "8,75", 8.75e6, "measure", "lít", "sản lượng nước mắm toàn tỉnh", Y23,
      change=CH("increase", 5.1, baseline="năm 2022")),
    F("hơn 200 năm tuổi", "200", 200, "measure", "năm", "tuổi làng nghề nước mắm Sa Huỳnh", approx="over",
      location="Đức Phổ", optional=True, note="age of the craft village: optional"),
    F("khoảng 400 tấn cá cơm", "400", 400, "measure", "tấn", "cá cơm cơ sở nước mắm Hải Sa Huỳnh ủ chượp mỗi năm",
      approx="about", location="Đức Phổ",
      note="'phường Phổ Thạnh (thị xã Đức Phổ)': the producer's figures are Đức Phổ's"),
    F("hơn 150.000 lít", "150.000", 150000, "measure", "lít", "nước mắm cơ sở nước mắm Hải Sa Huỳnh sản xuất mỗi năm",
      approx="over", location="Đức Phổ"),
    F("từ 25 đến 30 g N/l", "25", 25, "measure", "g N/l", "độ đạm nước mắm cơ sở Hải Sa Huỳnh", value_max=30,
      location="Đức Phổ"),
    F("lên 65.000 đồng/lít", "65.000", 65000, "money", "đồng/lít", "giá bán",
      location="Đức Phổ", note="revised: subject as the quoted sentence names it (was 'giá bán nước mắm cơ sở Hải Sa Huỳnh', words from the previous sentence)"),
    F("từ 20 đến 25%", "20", 20, "percent", "%", "doanh thu", value_max=25, location="Đức Phổ",
      note="a growth rate that is the claim: percent figure, no change. revised: subject as the quoted sentence names it (was 'doanh thu cơ sở Hải Sa Huỳnh tăng')"),
    F("doanh thu 41,3 tỷ đồng", "41,3", 41.3e9, "money", "đồng", "tổng doanh thu các chủ thể OCOP nước mắm",
      P("năm 2023", "2023-01-01", "2023-12-31")),
    F("gần 600 lao động", "600", 600, "count", "lao động", "lao động được các chủ thể OCOP nước mắm giải quyết việc làm",
      P("năm 2023", "2023-01-01", "2023-12-31"), approx="nearly"),
    F("65% là lao động nữ", "65", 65, "percent", "%", "tỷ lệ lao động nữ", P("năm 2023", "2023-01-01", "2023-12-31"),
      note="a share with no base amount of its own: percent figure (not the percent of 600)"),
    F("thêm 5 sản phẩm", "5", 5, "count", "sản phẩm", "sản phẩm nước mắm đạt OCOP tăng thêm", T25, status="target"),
    F("ít nhất 1 sản phẩm", "1", 1, "count", "sản phẩm", "sản phẩm nước mắm OCOP 4 sao", T25, approx="at_least",
      total=5, status="target"),
    F("hỗ trợ 30% kinh phí", "30", 30, "percent", "%", "kinh phí xây dựng nhãn hiệu, bao bì được hỗ trợ", T25,
      status="target"),
    F("có 12 điểm", "12", 12, "count", "điểm", "điểm trưng bày, bán sản phẩm nước mắm trên tuyến Quốc lộ 1A",
      location="Đức Phổ"),
]

COMMENTS = [
    "p677-5 — Party newspaper (Báo Quảng Ngãi): OCOP fish-sauce products; byline + bare date '25/4/2024' at the end (published).",
    "Location Quảng Ngãi; the 'lần lượt' list gives Đức Phổ, Bình Sơn, Lý Sơn, Mộ Đức; the producer in phường Phổ Thạnh (Sa Huỳnh) is in thị xã Đức Phổ.",
    "'Quốc lộ 1A', 'tổ dân phố Thạnh Đức 2', 'OCOP 3 sao năm 2021', '4 sao'/'3 sao' labels are not figures; 'Sau 5 năm' and 'hơn 200 năm tuổi' optional.",
    "'65% là lao động nữ' after 'trong đó' is a percent figure of its own (the share of a subset, not the share that 600 lao động is of something).",
    "'ít nhất 1 sản phẩm 4 sao' is part of 'thêm 5 sản phẩm' (trong đó, same unit): total 5.",
    "revised after the first scoring: subjects of the two figures in Mr Hải's quote now as that sentence names them ('giá bán', 'doanh thu').",
]

if __name__ == "__main__":
    emit("p677-5", TEXT, COMMENTS, FIGS, published="2024-04-25", location="Quảng Ngãi")
