"""p558-2: huyện Đô Lương (Nghệ An) district portal, spring vaccination campaign 2024."""
from lib import F, P, INH, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐÔ LƯƠNG
Trang chủ / Nông nghiệp - Nông thôn
Thứ Ba, 14/05/2024 - 09:20

Đô Lương: Tiêm phòng vụ Xuân cho hơn 215 nghìn con gia súc, gia cầm

Thực hiện Kế hoạch số 36/KH-UBND của UBND huyện, từ ngày 10/3 đến 30/4/2024, Trạm Chăn nuôi và Thú y huyện phối hợp với 33 xã, thị trấn tổ chức đợt tiêm phòng vụ Xuân. Kết quả, toàn huyện đã tiêm 215.480 liều vắc xin các loại, đạt 96,3% kế hoạch. Trong đó, vắc xin lở mồm long móng tiêm 18.650 liều cho trâu, bò; vắc xin tụ huyết trùng trâu, bò 17.920 liều; vắc xin dịch tả lợn 42.300 liều; vắc xin cúm gia cầm 126.500 liều; vắc xin dại chó 10.110 liều.

Tỷ lệ tiêm phòng đạt từ 80 đến 95% tổng đàn trong diện tiêm. Một số xã đạt kết quả cao như Thịnh Sơn (98,2%), Đà Sơn (97,5%), Lạc Sơn (96,8%); ngược lại, xã Hiến Sơn chỉ đạt 71,4%.

Riêng vắc xin viêm da nổi cục, huyện đã tiêm bổ sung 2.350 liều cho đàn bò nhập mới, nâng tổng số bò được tiêm lên gần 9.800 con, chiếm 81% tổng đàn bò. Tổng kinh phí mua vắc xin là 1,26 tỷ đồng, trong đó ngân sách tỉnh hỗ trợ 480 triệu đồng, ngân sách huyện 350 triệu đồng, còn lại do người chăn nuôi đóng góp.

Trong đợt này, 4 tổ công tác của huyện đã kiểm tra 27 cơ sở chăn nuôi, phát hiện 3 cơ sở chưa tiêm phòng đầy đủ. Huyện phấn đấu tỷ lệ tiêm phòng vụ Thu năm 2024 đạt ít nhất 90%.

Mọi thông tin phản ánh về dịch bệnh xin liên hệ đường dây nóng 0238.3871.115.

Hoàng Lam - Trạm CN&TY huyện
"""

CAMP = P("từ ngày 10/3 đến 30/4/2024", "2024-03-10", "2024-04-30")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
LOC = "Đô Lương"

FIGS = [
    F("hơn 215 nghìn con", "215", 215000, "count", "con", "gia súc, gia cầm được tiêm phòng vụ Xuân", approx="over"),
    F("với 33 xã", "33", 33, "count", "xã, thị trấn", "xã, thị trấn tổ chức đợt tiêm phòng vụ Xuân", CAMP),
    F("tiêm 215.480 liều", "215.480", 215480, "count", "liều", "vắc xin các loại đã tiêm", INH(CAMP), percent=96.3),
    F("tiêm 18.650 liều", "18.650", 18650, "count", "liều", "vắc xin lở mồm long móng tiêm cho trâu, bò", INH(CAMP),
      total=215480),
    F("trâu, bò 17.920 liều", "17.920", 17920, "count", "liều", "vắc xin tụ huyết trùng trâu, bò", INH(CAMP),
      total=215480),
    F("dịch tả lợn 42.300 liều", "42.300", 42300, "count", "liều", "vắc xin dịch tả lợn", INH(CAMP), total=215480),
    F("cúm gia cầm 126.500 liều", "126.500", 126500, "count", "liều", "vắc xin cúm gia cầm", INH(CAMP), total=215480),
    F("dại chó 10.110 liều", "10.110", 10110, "count", "liều", "vắc xin dại chó", INH(CAMP), total=215480),
    F("từ 80 đến 95%", "80", 80, "percent", "%", "tỷ lệ tiêm phòng trên tổng đàn trong diện tiêm", value_max=95),
    F("Thịnh Sơn (98,2%)", "98,2", 98.2, "percent", "%", "tỷ lệ tiêm phòng xã Thịnh Sơn"),
    F("Đà Sơn (97,5%)", "97,5", 97.5, "percent", "%", "tỷ lệ tiêm phòng xã Đà Sơn"),
    F("Lạc Sơn (96,8%)", "96,8", 96.8, "percent", "%", "tỷ lệ tiêm phòng xã Lạc Sơn"),
    F("chỉ đạt 71,4%", "71,4", 71.4, "percent", "%", "tỷ lệ tiêm phòng xã Hiến Sơn"),
    F("bổ sung 2.350 liều", "2.350", 2350, "count", "liều", "vắc xin viêm da nổi cục tiêm bổ sung cho đàn bò nhập mới"),
    F("gần 9.800 con", "9.800", 9800, "count", "con", "bò được tiêm vắc xin viêm da nổi cục", approx="nearly",
      percent=81),
    F("là 1,26 tỷ đồng", "1,26", 1260000000, "money", "đồng", "tổng kinh phí mua vắc xin"),
    F("hỗ trợ 480 triệu đồng", "480", 480000000, "money", "đồng", "ngân sách tỉnh hỗ trợ mua vắc xin",
      total=1260000000),
    F("huyện 350 triệu đồng", "350", 350000000, "money", "đồng", "ngân sách huyện hỗ trợ mua vắc xin",
      total=1260000000),
    F("4 tổ công tác", "4", 4, "count", "tổ công tác", "tổ công tác kiểm tra tiêm phòng"),
    F("kiểm tra 27 cơ sở", "27", 27, "count", "cơ sở chăn nuôi", "cơ sở chăn nuôi được kiểm tra"),
    F("phát hiện 3 cơ sở", "3", 3, "count", "cơ sở", "cơ sở chưa tiêm phòng đầy đủ"),
    F("ít nhất 90%", "90", 90, "percent", "%", "tỷ lệ tiêm phòng vụ Thu", Y24, approx="at_least", status="target"),
]

COMMENTS = [
    "Cổng TTĐT huyện Đô Lương (Nghệ An): kết quả tiêm phòng vụ Xuân 2024 (liều vắc xin theo loại, tỷ lệ theo xã, kinh phí).",
    "Kế hoạch số 36/KH-UBND, the dates, the hotline 0238.3871.115 are not figures. The 5 vaccine parts after 'Trong đó' add up to",
    "215.480 liều (total). Communes are below the district level the spec names for location: the commune items keep location",
    "Đô Lương and carry the commune in the subject (choice). '27 cơ sở … phát hiện 3 cơ sở' has no part-of cue: no total.",
    "The headline 'hơn 215 nghìn con' has no period phrase of its own (vụ Xuân has no year).",
]

if __name__ == "__main__":
    emit("p558-2", TEXT, COMMENTS, FIGS, published="2024-05-14", location=LOC)
