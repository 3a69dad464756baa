"""p1149-8: provincial newspaper online (Báo Hà Giang, '(BHG) -' tag): cold-water fish, 9 months 2024, HTX Thái An (Quản Bạ)."""
from lib import F, P, I, C, T, write

TEXT = """BÁO HÀ GIANG ĐIỆN TỬ
Kinh tế | Cập nhật lúc 09:32, Thứ Sáu, 18/10/2024

Nuôi cá nước lạnh mở hướng làm giàu ở vùng cao

(BHG) - Tận dụng nguồn nước suối mát quanh năm, những năm gần đây nhiều hộ dân, hợp tác xã ở các huyện Quản Bạ, Hoàng Su Phì, Xín Mần đã đầu tư nuôi cá hồi, cá tầm, bước đầu mang lại hiệu quả kinh tế.

Theo Sở Nông nghiệp và PTNT, đến hết tháng 9/2024, toàn tỉnh có 19 cơ sở nuôi cá nước lạnh, gồm 12 hợp tác xã và 7 hộ gia đình, tổng thể tích bể nuôi 7.350 m3. 9 tháng năm 2024, sản lượng cá nước lạnh đạt 148 tấn, đạt 74% kế hoạch năm; giá trị sản xuất ước đạt 31 tỷ đồng. Dự kiến quý IV, các cơ sở thu hoạch thêm khoảng 50 tấn.

Hợp tác xã Nông nghiệp Thái An (xã Thái An, huyện Quản Bạ) là một trong những đơn vị đi đầu. Năm 2021, HTX được hỗ trợ 600 triệu đồng xây dựng 10 bể nuôi; đến nay đã mở rộng lên 22 bể, mỗi lứa thả khoảng 6.000 con giống. Theo Giám đốc HTX Vàng Mí Sính, cá hồi bán tại chỗ cho khách du lịch giá 280.000 đồng/kg, cao hơn giá bán buôn khoảng 50.000 đồng/kg. 9 tháng qua, HTX bán gần 14 tấn cá, doanh thu trên 3,6 tỷ đồng; 9 thành viên có thu nhập 6-7 triệu đồng/người/tháng.

Năm 2025, tỉnh phấn đấu nâng tổng thể tích bể nuôi lên 9.000 m3, sản lượng đạt trên 220 tấn. Các cơ sở nuôi mới được hỗ trợ 50% chi phí mua con giống, tối đa 100 triệu đồng/cơ sở.

Mai Lan
"""

ASOF = P("đến hết tháng 9/2024", None, "2024-09-30")
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
M9Q = P("9 tháng qua", "2024-01-01", "2024-09-30")
Y21 = P("Năm 2021", "2021-01-01", "2021-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
QB = "Quản Bạ"
HTX = "Hợp tác xã Nông nghiệp Thái An"

FIGS = [
    F("có 19 cơ sở", "19", 19, "count", "cơ sở", subject="cơ sở nuôi cá nước lạnh", period=ASOF),
    F("gồm 12 hợp tác xã", "12", 12, "count", "hợp tác xã", total=19,
      subject="hợp tác xã nuôi cá nước lạnh", period=ASOF),
    F("7 hộ gia đình", "7", 7, "count", "hộ gia đình", total=19, subject="hộ gia đình nuôi cá nước lạnh",
      period=ASOF),
    F("bể nuôi 7.350 m3", "7.350", 7350, "measure", "m3", subject="tổng thể tích bể nuôi", period=ASOF),
    F("đạt 148 tấn", "148", 148, "measure", "tấn", percent=74, subject="sản lượng cá nước lạnh", period=M9),
    F("ước đạt 31 tỷ", "31", 31000000000, "money", "đồng", status="estimate", subject="giá trị sản xuất",
      period=M9),
    F("khoảng 50 tấn", "50", 50, "measure", "tấn", approx="about", status="forecast",
      subject="sản lượng các cơ sở thu hoạch thêm", period=P("quý IV", "2024-10-01", "2024-12-31")),
    F("hỗ trợ 600 triệu", "600", 600000000, "money", "đồng", subject=f"kinh phí hỗ trợ {HTX} xây dựng bể nuôi",
      period=Y21, location=QB),
    F("xây dựng 10 bể", "10", 10, "count", "bể nuôi", subject=f"bể nuôi {HTX} xây dựng", period=Y21,
      location=QB),
    F("lên 22 bể", "22", 22, "count", "bể", subject=f"bể nuôi của {HTX}", location=QB),
    F("khoảng 6.000 con", "6.000", 6000, "count", "con giống", approx="about", subject="con giống thả mỗi lứa",
      location=QB),
    F("giá 280.000 đồng/kg", "280.000", 280000, "money", "đồng/kg",
      change=C("increase", 50000, "đồng/kg", "giá bán buôn", approx="about"),
      subject="giá cá hồi bán tại chỗ cho khách du lịch", location=QB),
    F("gần 14 tấn", "14", 14, "measure", "tấn", approx="nearly", subject="cá HTX bán", period=M9Q, location=QB),
    F("trên 3,6 tỷ", "3,6", 3600000000, "money", "đồng", approx="over", subject="doanh thu của HTX", period=M9Q,
      location=QB),
    F("9 thành viên", "9", 9, "count", "thành viên", subject="thành viên HTX có thu nhập", location=QB),
    F("6-7 triệu", "6", 6000000, "money", "đồng/người/tháng", value_max=7000000, subject="thu nhập thành viên HTX",
      location=QB),
    F("lên 9.000 m3", "9.000", 9000, "measure", "m3", status="target", subject="tổng thể tích bể nuôi", period=Y25),
    F("trên 220 tấn", "220", 220, "measure", "tấn", approx="over", status="target", subject="sản lượng",
      period=Y25),
    F("hỗ trợ 50%", "50", 50, "percent", "%", subject="tỷ lệ hỗ trợ chi phí mua con giống cho cơ sở nuôi mới"),
    F("tối đa 100 triệu", "100", 100000000, "money", "đồng/cơ sở", approx="at_most",
      subject="mức hỗ trợ chi phí mua con giống"),
]

NOTES = [
    "Provincial newspaper online (Báo Hà Giang): '(BHG) -' tag, 'Cập nhật lúc 09:32, Thứ Sáu, 18/10/2024', byline at the end.",
    "The body says only 'tỉnh'; the BHG tag and the districts imply Hà Giang. HTX Thái An passage: location Quản Bạ.",
    "'gồm 12 hợp tác xã và 7 hộ gia đình' adds up to 19 cơ sở: totals. 'đạt 74% kế hoạch năm' is the share of 148 tấn.",
    "'Dự kiến quý IV' (year-less, 2024 from the nearest earlier period) gives forecast. '9 tháng qua' read as the first 9 months of 2024.",
    "Support rule '50% ..., tối đa 100 triệu đồng/cơ sở' is a standing rule: actual, no period. Distractor: time 09:32.",
]

if __name__ == "__main__":
    write("p1149-8", TEXT, NOTES, FIGS, published="2024-10-18", location="Hà Giang")
