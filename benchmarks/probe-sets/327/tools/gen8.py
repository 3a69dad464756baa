from lib import *

text = """CỤC HẢI QUAN TỈNH LẠNG SƠN
Hoạt động nghiệp vụ

Tăng cường kiểm soát hàng giả, hàng xâm phạm quyền sở hữu trí tuệ qua biên giới

Từ đầu năm đến ngày 30/9/2024, Cục Hải quan tỉnh Lạng Sơn đã phát hiện, bắt giữ 214 vụ vi phạm pháp luật hải quan, trị giá hàng hóa vi phạm ước tính 18,6 tỷ đồng; trong đó có 37 vụ hàng giả, hàng xâm phạm quyền sở hữu trí tuệ với khoảng 96.400 sản phẩm. Số vụ này gồm: cửa khẩu quốc tế Hữu Nghị 15 vụ, cửa khẩu Tân Thanh 11 vụ, cửa khẩu Chi Ma 6 vụ và ga đường sắt quốc tế Đồng Đăng 5 vụ.

Hàng hóa vi phạm chủ yếu là quần áo, giày dép, mỹ phẩm, linh kiện điện tử giả mạo các nhãn hiệu Nike, Adidas, Chanel, Apple. Riêng trong quý III/2024, đơn vị đã xử phạt vi phạm hành chính 19 vụ, số tiền phạt gần 1,35 tỷ đồng, gấp 2,1 lần quý II/2024.

Tính đến 30/9, đã có 68 doanh nghiệp nộp đơn yêu cầu kiểm tra, giám sát hàng hóa liên quan đến sở hữu trí tuệ tại các cửa khẩu, tăng 11 doanh nghiệp so với năm 2023. Các chủ thể quyền được hướng dẫn theo Điều 74 Thông tư số 38/2015/TT-BTC.

Theo lãnh đạo Cục, việc kiểm tra hàng hóa tại Chi cục Hải quan cửa khẩu Hữu Nghị, nơi thông quan bình quân 1.150 lượt phương tiện mỗi ngày, gặp nhiều khó khăn do lượng hàng lớn. Năm 2024, Cục đặt mục tiêu phát hiện, xử lý 280-300 vụ vi phạm, trong đó số vụ về sở hữu trí tuệ chiếm tối thiểu 15%.

Doanh nghiệp cần hỗ trợ liên hệ Đội Kiểm soát Hải quan, số 2 đường Hùng Vương, TP Lạng Sơn; điện thoại 0205.3870.321.

Hoàng Lâm

08/10/2024
"""

P = per("Từ đầu năm đến ngày 30/9/2024", "2024-01-01", "2024-09-30")
Pi = dict(P, inherited=True)
Q3 = per("trong quý III/2024", "2024-07-01", "2024-09-30")
figs = [
    F("bắt giữ «214» vụ", "count", 214, "vụ", "vụ vi phạm pháp luật hải quan bị phát hiện, bắt giữ", period=P),
    F("ước tính «18,6» tỷ đồng", "money", 18.6e9, "đồng", "trị giá hàng hóa vi phạm", status="estimate", period=P),
    F("có «37» vụ", "count", 37, "vụ", "vụ hàng giả, hàng xâm phạm quyền sở hữu trí tuệ", total=214, period=P),
    F("khoảng «96.400» sản phẩm", "count", 96400, "sản phẩm", "sản phẩm hàng giả, hàng xâm phạm quyền sở hữu trí tuệ",
      approx="about", period=P),
    F("Hữu Nghị «15» vụ", "count", 15, "vụ", "vụ hàng giả, hàng xâm phạm quyền sở hữu trí tuệ tại cửa khẩu",
      total=37, period=Pi),
    F("Tân Thanh «11» vụ", "count", 11, "vụ", "vụ hàng giả, hàng xâm phạm quyền sở hữu trí tuệ tại cửa khẩu",
      total=37, period=Pi),
    F("Chi Ma «6» vụ", "count", 6, "vụ", "vụ hàng giả, hàng xâm phạm quyền sở hữu trí tuệ tại cửa khẩu",
      total=37, period=Pi),
    F("Đồng Đăng «5» vụ", "count", 5, "vụ", "vụ hàng giả, hàng xâm phạm quyền sở hữu trí tuệ tại ga đường sắt",
      total=37, period=Pi),
    F("hành chính «19» vụ", "count", 19, "vụ", "vụ xử phạt vi phạm hành chính", period=Q3),
    F("gần «1,35» tỷ", "money", 1.35e9, "đồng", "số tiền phạt", approx="nearly",
      change=ch("increase", 2.1, "lần", "quý II/2024"), period=Q3),
    F("có «68» doanh nghiệp", "count", 68, "doanh nghiệp",
      "doanh nghiệp nộp đơn yêu cầu kiểm tra, giám sát hàng hóa liên quan đến sở hữu trí tuệ",
      change=ch("increase", 11, "doanh nghiệp", "năm 2023"), period=per("Tính đến 30/9", None, "2024-09-30")),
    F("bình quân «1.150» lượt", "measure", 1150, "lượt phương tiện/ngày", "lượt phương tiện thông quan bình quân mỗi ngày tại cửa khẩu Hữu Nghị"),
    F("xử lý «280»-300 vụ", "count", 280, "vụ", "vụ vi phạm phát hiện, xử lý", value_max=300, status="target",
      period=Y(2024, "Năm 2024")),
    F("tối thiểu «15»%", "percent", 15, "%", "tỷ lệ số vụ về sở hữu trí tuệ", approx="at_least", status="target",
      period=Y(2024, "Năm 2024")),
]

comments = [
    "Cục Hải quan tỉnh Lạng Sơn site: kiểm soát hàng giả, xâm phạm SHTT qua biên giới, 9 months of 2024 and quý III/2024. No dateline on top: a bare date '08/10/2024' at the end (published).",
    "'Từ đầu năm đến ngày 30/9/2024' = 2024-01-01..2024-09-30. '37 vụ' after '; trong đó' follows the money 18,6 tỷ but counts vụ: its whole is the 214 vụ.",
    "'Số vụ này gồm:' lists border gates (not provinces/districts: location stays Lạng Sơn; Đồng Đăng here names a railway station) whose counts add up to 37: total 37.",
    "'ước tính 18,6 tỷ' is an estimate; the '; trong đó' clause has its own verb ('có'): actual. 'gấp 2,1 lần quý II/2024' is the change of the fine (lần).",
    "'Tính đến 30/9' (no year) takes 2024. 'tăng 11 doanh nghiệp so với năm 2023' is a change in doanh nghiệp. '1.150 lượt phương tiện mỗi ngày' is a rate (measure, unit 'lượt phương tiện/ngày') with no period phrase.",
    "Targets for năm 2024: '280-300 vụ' (range) and 'chiếm tối thiểu 15%' (percent standing alone, at_least; no total: its whole is the range target).",
    "Distractors: 'Điều 74 Thông tư số 38/2015/TT-BTC', 'số 2 đường Hùng Vương', phone 0205.3870.321, the bare date, 'quý II/2024' (a baseline), 'Đội Kiểm soát Hải quan'.",
]
build("p327-8", text, figs, comments, published="2024-10-08", location="Lạng Sơn")
