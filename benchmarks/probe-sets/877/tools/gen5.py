"""p877-5: Báo Nam Định (Party newspaper) — jellyfish processing in Giao Thủy, 2023; byline and bare date at the end."""
from lib import F, P, I, C, T, emit

TEXT = """Giao Thủy: Nghề sơ chế sứa mang lại thu nhập, nhưng còn nỗi lo môi trường

Vụ sứa năm 2023, các xã ven biển Giao Hải, Giao Xuân, Bạch Long, Giao Phong của huyện Giao Thủy có 46 cơ sở thu mua, sơ chế sứa hoạt động, nhiều hơn 9 cơ sở so với vụ trước. Mỗi ngày, các cơ sở thu mua từ 350 đến 400 tấn sứa tươi với giá phổ biến 3.000-3.500 đồng/kg.

Anh Trần Văn Bảy, chủ một cơ sở sơ chế ở xóm 4, xã Giao Hải, cho biết: “Cơ sở của tôi thuê 25 lao động thời vụ, tiền công 350.000 đồng/người/ngày. Từ ngày 10/4 đến nay, cơ sở đã sơ chế hơn 1.200 tấn sứa tươi, lãi khoảng 150 triệu đồng”. Sứa được ngâm qua ba lần muối và phèn chua, sau khoảng 15 ngày thì đóng thùng bán cho thương lái.

Theo UBND huyện Giao Thủy, nghề sơ chế sứa tạo việc làm cho khoảng 1.100 lao động, doanh thu toàn vụ ước đạt 48 tỷ đồng.

Tuy nhiên, mỗi tấn sứa tươi khi sơ chế thải ra từ 0,8 đến 1 m3 nước thải chứa phèn và muối; hiện mới có 12/46 cơ sở đầu tư bể lắng, xử lý nước thải. Nước thải chảy ra các kênh dọc Quốc lộ 37B và vùng nuôi ngao gây mùi hôi, ảnh hưởng sản xuất. Năm 2022, huyện đã xử phạt 4 cơ sở vi phạm về môi trường với tổng số tiền 62 triệu đồng theo Nghị định 45/2022/NĐ-CP.

Huyện phấn đấu đến năm 2025 có ít nhất 80% cơ sở sơ chế sứa có hệ thống xử lý nước thải đạt chuẩn và quy hoạch khu sơ chế tập trung rộng 5 ha tại xã Giao Hải, cách khu dân cư tối thiểu 500 m.

VĂN ĐÔNG
22/5/2023
"""

Y23 = P("Vụ sứa năm 2023", "2023-01-01", "2023-12-31")
P25 = P("đến năm 2025", None, "2025-12-31")
NOTES = [
    "Báo Nam Định: sơ chế sứa ở Giao Thủy, vụ 2023; byline 'VĂN ĐÔNG' and bare date '22/5/2023' at the end (published).",
    "'nhiều hơn 9 cơ sở so với vụ trước' is the change of the 46 cơ sở (like 'tăng'); '12/46 cơ sở' -> total 46.",
    "'Trần Văn Bảy', 'xóm 4', 'Quốc lộ 37B', 'Nghị định 45/2022/NĐ-CP' are not figures.",
    "'Từ ngày 10/4 đến nay' takes 2023 (nearest earlier year) and ends at the bare date. 'toàn vụ' inherits the 2023 season.",
    "'ba lần' (number of soakings, a process description) is optional.",
    "'sau khoảng 15 ngày' (processing time) is a measure in ngày; 'tối thiểu 500 m' (a required distance in the plan) is a target measure.",
]
FIGS = [
    F("có 46 cơ sở", "46", 46, "count", "cơ sở", change=C("+", 9, "cơ sở", "vụ trước"),
      subject="cơ sở thu mua, sơ chế sứa hoạt động", period=Y23),
    F("từ 350 đến 400 tấn", "350", 350, "measure", "tấn/ngày", value_max=400,
      subject="sứa tươi các cơ sở thu mua mỗi ngày", period=I(Y23)),
    F("giá phổ biến 3.000-3.500 đồng/kg", "3.000", 3000, "money", "đồng/kg", value_max=3500,
      subject="giá thu mua sứa tươi", period=I(Y23)),
    F("thuê 25 lao động", "25", 25, "count", "lao động", subject="lao động thời vụ cơ sở của anh Bảy thuê",
      period=I(Y23)),
    F("350.000 đồng/người/ngày", "350.000", 350000, "money", "đồng/người/ngày", subject="tiền công lao động thời vụ", period=I(Y23)),
    F("hơn 1.200 tấn", "1.200", 1200, "measure", "tấn", approx="over", subject="sứa tươi cơ sở đã sơ chế",
      period=P("Từ ngày 10/4 đến nay", "2023-04-10", "2023-05-22")),
    F("khoảng 150 triệu đồng", "150", 150e6, "money", "đồng", approx="about", subject="lãi của cơ sở",
      period=P("Từ ngày 10/4 đến nay", "2023-04-10", "2023-05-22")),
    F("qua ba lần", "ba", 3, "count", "lần", subject="lần ngâm muối và phèn chua", optional=True),
    F("khoảng 15 ngày", "15", 15, "measure", "ngày", approx="about", subject="thời gian ngâm sơ chế sứa"),
    F("khoảng 1.100 lao động", "1.100", 1100, "count", "lao động", approx="about",
      subject="lao động có việc làm từ nghề sơ chế sứa", period=I(Y23)),
    F("ước đạt 48 tỷ đồng", "48", 48e9, "money", "đồng", status="estimate", subject="doanh thu toàn vụ",
      period=I(Y23)),
    F("từ 0,8 đến 1 m3", "0,8", 0.8, "measure", "m3/tấn", value_max=1,
      subject="nước thải mỗi tấn sứa tươi khi sơ chế"),
    F("12/46 cơ sở", "12", 12, "count", "cơ sở", total=46, subject="cơ sở đầu tư bể lắng, xử lý nước thải"),
    F("xử phạt 4 cơ sở", "4", 4, "count", "cơ sở", subject="cơ sở vi phạm về môi trường bị xử phạt",
      period=P("Năm 2022", "2022-01-01", "2022-12-31")),
    F("62 triệu đồng", "62", 62e6, "money", "đồng", subject="tổng số tiền xử phạt",
      period=P("Năm 2022", "2022-01-01", "2022-12-31")),
    F("ít nhất 80%", "80", 80, "percent", "%", approx="at_least", status="target",
      subject="cơ sở sơ chế sứa có hệ thống xử lý nước thải đạt chuẩn", period=P25),
    F("rộng 5 ha", "5", 5, "measure", "ha", status="target", subject="khu sơ chế tập trung", period=P25),
    F("tối thiểu 500 m", "500", 500, "measure", "m", approx="at_least", status="target",
      subject="khoảng cách khu sơ chế tập trung với khu dân cư", period=P25),
]

emit("p877-5", TEXT, NOTES, FIGS, published="2023-05-22", location="Giao Thủy")
