"""p618-2: Yên Thành district portal (Nghệ An) — spring vaccination round 2024 for cattle, pigs, poultry, dogs."""
from lib import F, P, INH, CH, TG, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN YÊN THÀNH
Trang chủ / Tin tức / Kinh tế - Nông nghiệp
Thứ Năm, 16/05/2024 - 09:25

Yên Thành: Tiêm phòng vụ Xuân cho đàn vật nuôi đạt 91,3% kế hoạch

Theo Trạm Chăn nuôi và Thú y huyện, đợt tiêm phòng vụ Xuân năm 2024 được triển khai từ ngày 05/3 đến ngày 30/4/2024 tại 38/38 xã, thị trấn. Toàn huyện đã tiêm được 318.450 liều vắc xin các loại, đạt 91,3% kế hoạch, tăng 6,5% so với vụ Xuân năm 2023.

Trong đó, vắc xin lở mồm long móng (LMLM) cho trâu, bò 41.280 liều; viêm da nổi cục 27.900 liều; tụ huyết trùng trâu, bò 39.650 liều; dịch tả lợn 52.300 liều; cúm gia cầm 146.200 liều; dại chó 11.120 liều.

Tỷ lệ tiêm phòng LMLM trên đàn trâu, bò đạt 87,4% tổng đàn diện tiêm, viêm da nổi cục đạt 62%. Một số xã còn đạt thấp như Công Thành (78,2%), Hồng Thành (80,5%), Liên Thành (82,1%).

Hiện tổng đàn trâu, bò của huyện có 47.230 con, đàn lợn 68.500 con, đàn gia cầm hơn 1,35 triệu con.

Kinh phí mua vắc xin năm 2024 là 1.240 triệu đồng, trong đó ngân sách huyện hỗ trợ 35%, phần còn lại do người chăn nuôi đóng góp.

Thực hiện Chỉ thị số 12/CT-UBND của UBND huyện, đợt tiêm phòng vụ Thu dự kiến triển khai từ ngày 15/9/2024, phấn đấu tỷ lệ tiêm phòng đạt từ 90 đến 95% tổng đàn diện tiêm.

Mọi thông tin về dịch bệnh trên đàn vật nuôi xin liên hệ Trạm Chăn nuôi và Thú y huyện, khối 3, thị trấn Yên Thành, Quốc lộ 7A; điện thoại 0238.3865.112.
"""

ROUND = P("từ ngày 05/3 đến ngày 30/4/2024", "2024-03-05", "2024-04-30")
R = INH(ROUND)
V = "vắc xin "

FIGS = [
    F("đạt 91,3% kế hoạch\n", "91,3", 91.3, "percent", "%",
      "tỷ lệ tiêm phòng vụ Xuân cho đàn vật nuôi so với kế hoạch", R),
    F("tại 38/38 xã", "38", 38, "count", "xã, thị trấn",
      "xã, thị trấn triển khai tiêm phòng vụ Xuân", ROUND, total=38),
    F("được 318.450 liều", "318.450", 318450, "count", "liều vắc xin",
      "liều vắc xin các loại đã tiêm", R, percent=91.3,
      change=CH("increase", 6.5, "%", "vụ Xuân năm 2023")),
    F("bò 41.280 liều", "41.280", 41280, "count", "liều", V + "lở mồm long móng (LMLM) cho trâu, bò", R, total=318450),
    F("cục 27.900 liều", "27.900", 27900, "count", "liều", V + "viêm da nổi cục", R, total=318450),
    F("bò 39.650 liều", "39.650", 39650, "count", "liều", V + "tụ huyết trùng trâu, bò", R, total=318450),
    F("lợn 52.300 liều", "52.300", 52300, "count", "liều", V + "dịch tả lợn", R, total=318450),
    F("cầm 146.200 liều", "146.200", 146200, "count", "liều", V + "cúm gia cầm", R, total=318450),
    F("chó 11.120 liều", "11.120", 11120, "count", "liều", V + "dại chó", R, total=318450),
    F("đạt 87,4%", "87,4", 87.4, "percent", "%", "tỷ lệ tiêm phòng LMLM trên đàn trâu, bò", R),
    F("đạt 62%", "62", 62, "percent", "%", "tỷ lệ tiêm phòng viêm da nổi cục trên đàn trâu, bò", R),
    F("(78,2%)", "78,2", 78.2, "percent", "%", "tỷ lệ tiêm phòng", R),
    F("(80,5%)", "80,5", 80.5, "percent", "%", "tỷ lệ tiêm phòng", R),
    F("(82,1%)", "82,1", 82.1, "percent", "%", "tỷ lệ tiêm phòng", R),
    F("có 47.230 con", "47.230", 47230, "count", "con", "tổng đàn trâu, bò"),
    F("lợn 68.500 con", "68.500", 68500, "count", "con", "đàn lợn"),
    F("hơn 1,35 triệu con", "1,35", 1350000, "count", "con", "đàn gia cầm", approx="over"),
    F("là 1.240 triệu đồng", "1.240", 1240000000, "money", "đồng", "kinh phí mua vắc xin",
      P("năm 2024", "2024-01-01", "2024-12-31")),
    F("hỗ trợ 35%", "35", 35, "percent", "%", "ngân sách huyện hỗ trợ kinh phí mua vắc xin",
      P("năm 2024", "2024-01-01", "2024-12-31")),
    F("từ 90 đến 95%", "90", 90, "percent", "%", "tỷ lệ tiêm phòng vụ Thu trên tổng đàn diện tiêm",
      value_max=95, status="target"),
]

COMMENTS = [
    "Yên Thành district portal (Nghệ An), 'Thứ Năm, 16/05/2024 - 09:25': spring vaccination round 2024.",
    "Location is the district (district portal). The commune list 'Công Thành (78,2%) …': subject is the list's indicator; location stays",
    "Yên Thành, since the spec's location is a province, city or district and a commune is none of these.",
    "revised: the three commune items first had the commune as location; re-reading FIGURES.md (location = province, city or district) → Yên Thành.",
    "Period: the round 'từ ngày 05/3 đến ngày 30/4/2024' (scored only for 38/38 in its sentence; inherited elsewhere). 'Hiện' herd sizes: no period.",
    "The six vaccine parts after 'Trong đó' add up to 318.450 (total). 'ngân sách huyện hỗ trợ 35%' is a percent figure of its own.",
    "The autumn round: 'dự kiến' for the start date, 'phấn đấu' governs the 90–95% range → target.",
    "Distractors: 38/38 denominator, dates 05/3, 30/4/2024, 15/9/2024, Chỉ thị số 12/CT-UBND, khối 3, Quốc lộ 7A, phone 0238.3865.112.",
]

if __name__ == "__main__":
    emit("p618-2", TEXT, COMMENTS, FIGS, published="2024-05-16", location="Yên Thành")
