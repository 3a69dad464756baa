"""p1155-5: Party newspaper (Báo Quảng Ngãi): a cooperative's automatic weather station in huyện Mộ Đức."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh tế - Nông nghiệp

Trạm khí tượng tự động giúp nông dân Mộ Đức chủ động mùa vụ

Giữa cánh đồng thôn An Mô, xã Đức Hiệp (huyện Mộ Đức), cột trạm khí tượng tự động cao hơn 6 mét nổi bật giữa màu xanh của lúa. Tháng 3/2023, Hợp tác xã Nông nghiệp Đức Hiệp được hỗ trợ lắp đặt trạm với tổng kinh phí 320 triệu đồng; trong đó HTX đối ứng 30%, phần còn lại do Dự án Nông nghiệp thông minh thích ứng với biến đổi khí hậu tài trợ.

Trạm đo 8 yếu tố gồm nhiệt độ, độ ẩm không khí, lượng mưa, hướng gió, tốc độ gió, bức xạ, áp suất và độ ẩm đất; số liệu được cập nhật 15 phút/lần lên ứng dụng trên điện thoại của xã viên.

Ông Nguyễn Văn Lộc, Giám đốc HTX, cho biết HTX có 1.150 hộ xã viên, canh tác 420 ha lúa. Nhờ theo dõi độ ẩm, lượng mưa từ trạm, vụ Hè Thu năm 2023, HTX giảm được 2 lần phun thuốc trừ bệnh đạo ôn, chi phí sản xuất giảm khoảng 1,2 triệu đồng/ha; năng suất lúa đạt 62,5 tạ/ha, cao hơn 3,4 tạ/ha so với vụ Hè Thu năm 2022. "Trước đây bà con cứ nhìn trời mà đoán, nay mở điện thoại là biết sắp mưa hay không", ông Lộc nói.

Toàn tỉnh Quảng Ngãi hiện có 12 trạm khí tượng tự động và 87 trạm đo mưa tự động, phần lớn đặt ở các huyện miền núi để cảnh báo lũ quét, sạt lở. Theo Sở Nông nghiệp và PTNT, năm 2024 tỉnh dự kiến nhân rộng mô hình ra 5 HTX tại các huyện Tư Nghĩa, Nghĩa Hành và Đức Phổ, mỗi trạm được hỗ trợ tối đa 70% kinh phí.

THANH NHỊ
18/4/2024
"""

M3 = per("Tháng 3/2023", "2023-03-01", "2023-03-31")
HT23 = per("vụ Hè Thu năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("hơn 6 mét", "6", 6, "measure", "mét", approx="over", subject="chiều cao cột trạm khí tượng tự động"),
    fig("kinh phí 320 triệu", "320", 320e6, "money", "đồng", subject="tổng kinh phí lắp đặt trạm", period=M3),
    fig("đối ứng 30%", "30", 30, "percent", "%", subject="kinh phí HTX đối ứng", period=M3),
    fig("đo 8 yếu tố", "8", 8, "count", "yếu tố", subject="yếu tố trạm đo"),
    fig("15 phút/lần", "15", 15, "measure", "phút/lần", subject="tần suất cập nhật số liệu"),
    fig("có 1.150 hộ", "1.150", 1150, "count", "hộ xã viên", subject="hộ xã viên của HTX"),
    fig("canh tác 420 ha", "420", 420, "measure", "ha", subject="diện tích lúa HTX canh tác"),
    fig("được 2 lần", "2", 2, "count", "lần phun thuốc", subject="lần phun thuốc trừ bệnh đạo ôn giảm được",
        period=HT23),
    fig("khoảng 1,2 triệu", "1,2", 1.2e6, "money", "đồng/ha", approx="about",
        subject="chi phí sản xuất giảm", period=HT23),
    fig("đạt 62,5 tạ/ha", "62,5", 62.5, "measure", "tạ/ha",
        change=chg("increase", 3.4, "tạ/ha", "vụ Hè Thu năm 2022"), subject="năng suất lúa", period=HT23),
    fig("có 12 trạm", "12", 12, "count", "trạm", subject="trạm khí tượng tự động", location="Quảng Ngãi"),
    fig("và 87 trạm", "87", 87, "count", "trạm", subject="trạm đo mưa tự động", location="Quảng Ngãi"),
    fig("ra 5 HTX", "5", 5, "count", "HTX", status="forecast", subject="HTX được nhân rộng mô hình",
        period=Y24, location="Quảng Ngãi"),
    fig("tối đa 70%", "70", 70, "percent", "%", approx="at_most", status="forecast",
        subject="kinh phí hỗ trợ mỗi trạm", period=Y24, location="Quảng Ngãi"),
]

NOTES = [
    "revised after the first run: percent subjects keep the sentence's words: 70% 'mức hỗ trợ …' → 'kinh phí hỗ trợ mỗi trạm'; 30% 'phần kinh phí …' → 'kinh phí HTX đối ứng'.",
    "Party newspaper (Báo Quảng Ngãi): byline 'THANH NHỊ' and bare date '18/4/2024' at the end; no tag.",
    "Passage about one cooperative (HTX Nông nghiệp Đức Hiệp) in huyện Mộ Đức: default location Mộ Đức; province figures Quảng Ngãi.",
    "'vụ Hè Thu năm 2023' is a crop season inside 2023: recorded as the year 2023 (the text gives no months). Borderline.",
    "'giảm được 2 lần phun thuốc', 'chi phí sản xuất giảm khoảng 1,2 triệu đồng/ha': the reduction is the claim (no base figure stated).",
    "'cao hơn 3,4 tạ/ha so với vụ Hè Thu năm 2022' is the change of 62,5 tạ/ha. 'dự kiến' governs 5 HTX and 'tối đa 70%': forecast.",
    "Distractors: 'Tháng 3/2023', 'thôn An Mô', the bare date at the end.",
]

if __name__ == "__main__":
    write("p1155-5", TEXT, NOTES, FIGS, published="2024-04-18", location="Mộ Đức")
