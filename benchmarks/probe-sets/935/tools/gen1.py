"""p935-1: province portal (Thái Bình), breadcrumb, Cập nhật | Lượt xem, year-less headline with a figure."""
from lib import F, P, year, months, asof, inh, chg, tgt, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội
6 tháng, các cơ sở chăm sóc hơn 1.200 người cao tuổi
Cập nhật: 14/08/2024 09:20 | Lượt xem: 2.315

Theo Sở Lao động - Thương binh và Xã hội, 6 tháng đầu năm 2024, các cơ sở chăm sóc người cao tuổi trên địa bàn tỉnh Thái Bình đã tiếp nhận, nuôi dưỡng 1.248 người cao tuổi, tăng 8,7% so với cùng kỳ năm 2023. Trong đó, 412 người được nuôi dưỡng tại Trung tâm Bảo trợ xã hội tỉnh, 836 người tại các cơ sở ngoài công lập.

Tính đến 30/6/2024, toàn tỉnh có 14 cơ sở chăm sóc người cao tuổi, gồm 3 cơ sở công lập và 11 cơ sở ngoài công lập, với tổng số 1.460 giường. Công suất sử dụng giường bình quân đạt 85,5%. Các địa phương có nhiều cơ sở là thành phố Thái Bình (4 cơ sở), huyện Vũ Thư (3 cơ sở) và huyện Kiến Xương (2 cơ sở).

Chi phí tại các cơ sở ngoài công lập dao động từ 5 đến 9 triệu đồng/người/tháng, tùy mức độ chăm sóc. Người cao tuổi thuộc diện bảo trợ xã hội được nuôi dưỡng miễn phí, mức trợ cấp nuôi dưỡng 1.500.000 đồng/người/tháng theo Nghị định số 76/2024/NĐ-CP. Đội ngũ nhân viên chăm sóc có 238 người; bình quân mỗi nhân viên chăm sóc 5,2 người cao tuổi.

Từ đầu năm đến nay, các cơ sở đã tổ chức khám sức khỏe định kỳ cho gần 1.100 lượt người, phối hợp chuyển viện 57 trường hợp; kinh phí vận động xã hội hóa đạt trên 2,3 tỷ đồng, đạt 115% kế hoạch năm.

Phấn đấu đến năm 2025, toàn tỉnh có 18 cơ sở chăm sóc người cao tuổi với khoảng 1.900 giường; 100% người cao tuổi cô đơn, không nơi nương tựa có nhu cầu được tiếp nhận vào cơ sở.

Sở LĐTBXH - Số 9 Lê Lợi, TP. Thái Bình
"""

H1 = months("6 tháng đầu năm 2024", 2024, 1, 6)
ASOF = asof("Tính đến 30/6/2024", "2024-06-30")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-08-14")
T25 = asof("đến năm 2025", "2025-12-31")

FIGS = [
    F("chăm sóc hơn 1.200 người cao tuổi", "1.200", 1200, "count", "người cao tuổi",
      "người cao tuổi được các cơ sở chăm sóc", months("6 tháng", 2024, 1, 6), approx="over"),
    F("nuôi dưỡng 1.248 người cao tuổi", "1.248", 1248, "count", "người cao tuổi",
      "người cao tuổi được các cơ sở chăm sóc người cao tuổi tiếp nhận, nuôi dưỡng", H1,
      change=chg("increase", 8.7, "%", "cùng kỳ năm 2023")),
    F("Trong đó, 412 người", "412", 412, "count", "người",
      "người cao tuổi được nuôi dưỡng tại Trung tâm Bảo trợ xã hội tỉnh", inh(H1), total=1248),
    F("836 người tại", "836", 836, "count", "người",
      "người cao tuổi được nuôi dưỡng tại các cơ sở ngoài công lập", inh(H1), total=1248),
    F("toàn tỉnh có 14 cơ sở", "14", 14, "count", "cơ sở", "cơ sở chăm sóc người cao tuổi", ASOF),
    F("gồm 3 cơ sở công lập", "3", 3, "count", "cơ sở", "cơ sở chăm sóc người cao tuổi công lập", ASOF,
      total=14),
    F("và 11 cơ sở ngoài công lập", "11", 11, "count", "cơ sở",
      "cơ sở chăm sóc người cao tuổi ngoài công lập", ASOF, total=14),
    F("tổng số 1.460 giường", "1.460", 1460, "count", "giường", "giường tại các cơ sở chăm sóc người cao tuổi",
      ASOF),
    F("bình quân đạt 85,5%", "85,5", 85.5, "percent", "%", "công suất sử dụng giường bình quân", inh(ASOF)),
    F("Thái Bình (4 cơ sở)", "4", 4, "count", "cơ sở", "cơ sở chăm sóc người cao tuổi", inh(ASOF),
      location="Thái Bình"),
    F("Vũ Thư (3 cơ sở)", "3", 3, "count", "cơ sở", "cơ sở chăm sóc người cao tuổi", inh(ASOF),
      location="Vũ Thư"),
    F("Kiến Xương (2 cơ sở)", "2", 2, "count", "cơ sở", "cơ sở chăm sóc người cao tuổi", inh(ASOF),
      location="Kiến Xương"),
    F("từ 5 đến 9 triệu đồng/người/tháng", "5", 5e6, "money", "đồng/người/tháng",
      "chi phí tại các cơ sở ngoài công lập", value_max=9e6),
    F("nuôi dưỡng 1.500.000 đồng/người/tháng", "1.500.000", 1500000, "money", "đồng/người/tháng",
      "mức trợ cấp nuôi dưỡng người cao tuổi thuộc diện bảo trợ xã hội"),
    F("có 238 người", "238", 238, "count", "người", "nhân viên chăm sóc"),
    F("chăm sóc 5,2 người cao tuổi", "5,2", 5.2, "measure", "người cao tuổi/nhân viên",
      "người cao tuổi bình quân mỗi nhân viên chăm sóc"),
    F("cho gần 1.100 lượt người", "1.100", 1100, "count", "lượt người",
      "lượt người được khám sức khỏe định kỳ", YTD, approx="nearly"),
    F("chuyển viện 57 trường hợp", "57", 57, "count", "trường hợp", "trường hợp chuyển viện", YTD),
    F("đạt trên 2,3 tỷ đồng", "2,3", 2.3e9, "money", "đồng", "kinh phí vận động xã hội hóa", YTD,
      approx="over", percent=115),
    F("toàn tỉnh có 18 cơ sở", "18", 18, "count", "cơ sở", "cơ sở chăm sóc người cao tuổi", T25,
      status="target"),
    F("khoảng 1.900 giường", "1.900", 1900, "count", "giường", "giường tại các cơ sở chăm sóc người cao tuổi",
      T25, approx="about", status="target"),
    F("100% người cao tuổi", "100", 100, "percent", "%",
      "người cao tuổi cô đơn, không nơi nương tựa có nhu cầu được tiếp nhận vào cơ sở", T25, status="target"),
]

NOTES = [
    "Cổng TTĐT tỉnh Thái Bình (province portal): elderly care facilities, 6 months 2024.",
    "Headline '6 tháng' has no year: 2024 from the dateline. 412 + 836 = 1.248 (Trong đó after a sentence break).",
    "4/3/2 cơ sở is a ranking list (does not add up to 14): no total; list items carry their place as location.",
    "'đạt 115% kế hoạch năm' is the percent of 2,3 tỷ. 'Số 9 Lê Lợi', Nghị định số 76/2024/NĐ-CP, Lượt xem are not figures.",
]

if __name__ == "__main__":
    write("p935-1", TEXT, FIGS, NOTES, published="2024-08-14", location="Thái Bình")
