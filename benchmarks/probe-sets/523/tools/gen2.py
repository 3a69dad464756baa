"""p523-2: huyện Giao Thủy (Nam Định) district portal, 9-month fisheries output, clam/shrimp area, fleet, targets."""
from lib import F, P, INH, CH, emit

TEXT = """UBND HUYỆN GIAO THỦY - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ » Kinh tế » Nông nghiệp

Giao Thủy: Sản lượng thủy sản 9 tháng ước đạt trên 94 nghìn tấn

Thứ Tư, 16/10/2024 - 09:35

9 tháng năm 2024, tổng sản lượng thủy sản của huyện ước đạt 94.260 tấn, bằng 78,6% kế hoạch, tăng 5,8% so với cùng kỳ năm 2023. Trong đó sản lượng nuôi trồng ước đạt 85.130 tấn, sản lượng khai thác 9.130 tấn. Sản lượng thủy sản của huyện đứng thứ 2 toàn tỉnh Nam Định.

Tổng diện tích nuôi trồng thủy sản toàn huyện là 3.120 ha, gồm 1.850 ha nuôi ngao, 640 ha nuôi tôm và 630 ha nuôi cá nước lợ. Năng suất ngao bình quân đạt 35-40 tấn/ha; giá ngao thương phẩm tại bãi khoảng 18.000 đồng/kg, tăng 2.000 đồng/kg so với đầu năm.

Toàn huyện hiện có 412 tàu cá với tổng công suất 46.800 CV, trong đó 96 tàu có chiều dài từ 15 m trở lên. Từ đầu năm đến nay, huyện đã hỗ trợ gần 1,2 tỷ đồng cho ngư dân lắp đặt thiết bị giám sát hành trình, nâng tỷ lệ tàu được lắp lên 98,9%.

Năm 2024, huyện phấn đấu tổng sản lượng thủy sản đạt 120.000 tấn; đến năm 2025, diện tích nuôi ngao đạt 2.000 ha, trong đó ít nhất 500 ha được cấp chứng nhận ASC.

Phòng Nông nghiệp và PTNT huyện Giao Thủy
Địa chỉ: Khu 4, Quốc lộ 37B, thị trấn Giao Thủy. ĐT: 0228.3895.123
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-16")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("trên 94 nghìn tấn", "94", 94000, "measure", "tấn", "sản lượng thủy sản",
      P("9 tháng", "2024-01-01", "2024-09-30"), approx="over", status="estimate"),
    F("ước đạt 94.260 tấn", "94.260", 94260, "measure", "tấn", "tổng sản lượng thủy sản của huyện", M9,
      percent=78.6, change=CH("increase", 5.8, baseline="cùng kỳ năm 2023"), status="estimate"),
    F("ước đạt 85.130 tấn", "85.130", 85130, "measure", "tấn", "sản lượng nuôi trồng", INH(M9),
      total=94260, status="estimate"),
    F("khai thác 9.130 tấn", "9.130", 9130, "measure", "tấn", "sản lượng khai thác", INH(M9),
      total=94260, status="estimate"),
    F("đứng thứ 2", "2", 2, "rank", "hạng", "sản lượng thủy sản của huyện toàn tỉnh Nam Định"),
    F("là 3.120 ha", "3.120", 3120, "measure", "ha", "tổng diện tích nuôi trồng thủy sản toàn huyện"),
    F("gồm 1.850 ha", "1.850", 1850, "measure", "ha", "diện tích nuôi ngao", total=3120),
    F("640 ha", "640", 640, "measure", "ha", "diện tích nuôi tôm", total=3120),
    F("630 ha", "630", 630, "measure", "ha", "diện tích nuôi cá nước lợ", total=3120),
    F("35-40 tấn/ha", "35", 35, "measure", "tấn/ha", "năng suất ngao bình quân", value_max=40),
    F("khoảng 18.000 đồng/kg", "18.000", 18000, "money", "đồng/kg", "giá ngao thương phẩm tại bãi",
      approx="about", change=CH("increase", 2000, "đồng/kg", baseline="đầu năm")),
    F("có 412 tàu cá", "412", 412, "count", "tàu cá", "tàu cá toàn huyện"),
    F("46.800 CV", "46.800", 46800, "measure", "CV", "tổng công suất tàu cá"),
    F("96 tàu", "96", 96, "count", "tàu", "tàu có chiều dài từ 15 m trở lên", total=412),
    F("từ 15 m trở lên", "15", 15, "measure", "m", approx="at_least", optional=True),
    F("gần 1,2 tỷ đồng", "1,2", 1200000000, "money", "đồng",
      "kinh phí hỗ trợ ngư dân lắp đặt thiết bị giám sát hành trình", YTD, approx="nearly"),
    F("lên 98,9%", "98,9", 98.9, "percent", "%", "tỷ lệ tàu được lắp thiết bị giám sát hành trình", YTD),
    F("đạt 120.000 tấn", "120.000", 120000, "measure", "tấn", "tổng sản lượng thủy sản",
      P("Năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("đạt 2.000 ha", "2.000", 2000, "measure", "ha", "diện tích nuôi ngao", T25, status="target"),
    F("ít nhất 500 ha", "500", 500, "measure", "ha", "diện tích nuôi ngao được cấp chứng nhận ASC", T25,
      approx="at_least", total=2000, status="target"),
]

COMMENTS = [
    "Giao Thủy district portal (Nam Định): dateline `Thứ Tư, 16/10/2024 - 09:35` after the headline; 9-month output, clam/shrimp area, fleet, targets.",
    "Headline `9 tháng` has no year; nothing stands earlier, so the year comes from `published` (2024).",
    "`Trong đó` after a sentence break still gives total 94.260; the second part (`sản lượng khai thác 9.130 tấn`) continues the `ước đạt` clause: estimate.",
    "`đứng thứ 2 toàn tỉnh Nam Định` describes the district: location Giao Thủy. `tăng 2.000 đồng/kg so với đầu năm` is the change of the clam price.",
    "`Từ đầu năm đến nay` ends at the dateline; the rate raised in the same sentence takes it too. `ít nhất 500 ha` is a part (`trong đó`) of the 2025 target 2.000 ha.",
    "Distractors: `Khu 4`, `Quốc lộ 37B`, phone 0228.3895.123, dateline. `từ 15 m trở lên` threshold optional.",
]

if __name__ == "__main__":
    emit("p523-2", TEXT, COMMENTS, FIGS, published="2024-10-16", location="Giao Thủy")
