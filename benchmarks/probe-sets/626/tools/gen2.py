"""p626-2: Thọ Xuân district portal (Thanh Hóa), certification (chứng thực) in Q1/2024."""
from lib import F, P, I, CH, T, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN THỌ XUÂN
Tin tức > Tư pháp - Hộ tịch
Thứ Tư, 10/04/2024 - 15:20

Quý I/2024, Thọ Xuân chứng thực gần 49 nghìn việc

Trong quý I/2024, Phòng Tư pháp huyện và UBND các xã, thị trấn trên địa bàn huyện Thọ Xuân đã chứng thực 48.915 việc, tăng 12,4% so với cùng kỳ năm 2023; thu lệ phí chứng thực 312,6 triệu đồng, đạt 28,4% dự toán năm. Trong đó, chứng thực bản sao từ bản chính 46.208 việc; chứng thực chữ ký 2.137 việc; chứng thực hợp đồng, giao dịch 570 việc.

Ở cấp huyện, Phòng Tư pháp chứng thực 9.846 việc; cấp xã chứng thực 39.069 việc, chiếm 79,9% tổng số việc. Xã Xuân Lai có số việc chứng thực nhiều nhất với 4.102 việc. Chứng thực bản sao điện tử từ bản chính đạt 1.250 việc, gấp 3 lần cùng kỳ. Thời gian giải quyết bình quân một yêu cầu chứng thực bản sao khoảng 15 phút. Trong quý, bộ phận một cửa đã từ chối chứng thực 2 trường hợp do phát hiện giấy tờ giả mạo.

Việc chứng thực được thực hiện theo Nghị định số 23/2015/NĐ-CP và Thông tư số 01/2020/TT-BTP của Bộ Tư pháp. Năm 2024, huyện phấn đấu 100% yêu cầu chứng thực được giải quyết đúng hạn; tỷ lệ chứng thực bản sao điện tử đạt từ 30 đến 40% tổng số việc chứng thực bản sao.

Người dân có nhu cầu chứng thực có thể đến Bộ phận Tiếp nhận và trả kết quả huyện (Khu 3, thị trấn Thọ Xuân, cạnh Quốc lộ 47) từ thứ Hai đến thứ Sáu hoặc liên hệ số điện thoại 0237.3836.118 để được hướng dẫn.

Lê Hương (Phòng Tư pháp)
"""

Q1 = P("Trong quý I/2024", "2024-01-01", "2024-03-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("gần 49 nghìn việc", "49", 49000, "count", "việc", "việc chứng thực",
      P("Quý I/2024", "2024-01-01", "2024-03-31"), approx="nearly"),
    F("chứng thực 48.915 việc", "48.915", 48915, "count", "việc",
      "việc chứng thực của Phòng Tư pháp huyện và UBND các xã, thị trấn", Q1,
      change=CH("increase", 12.4, baseline="cùng kỳ năm 2023")),
    F("312,6 triệu đồng", "312,6", 312.6e6, "money", "đồng", "lệ phí chứng thực", Q1, percent=28.4),
    F("chính 46.208 việc", "46.208", 46208, "count", "việc", "chứng thực bản sao từ bản chính", I(Q1), total=48915),
    F("chữ ký 2.137 việc", "2.137", 2137, "count", "việc", "chứng thực chữ ký", I(Q1), total=48915),
    F("giao dịch 570 việc", "570", 570, "count", "việc", "chứng thực hợp đồng, giao dịch", I(Q1), total=48915),
    F("chứng thực 9.846 việc", "9.846", 9846, "count", "việc", "việc chứng thực của Phòng Tư pháp cấp huyện", I(Q1)),
    F("chứng thực 39.069 việc", "39.069", 39069, "count", "việc", "việc chứng thực cấp xã", I(Q1), percent=79.9),
    F("với 4.102 việc", "4.102", 4102, "count", "việc", "việc chứng thực của xã Xuân Lai", I(Q1)),
    F("đạt 1.250 việc", "1.250", 1250, "count", "việc", "chứng thực bản sao điện tử từ bản chính", I(Q1),
      change=CH("increase", 3, "lần", baseline="cùng kỳ")),
    F("khoảng 15 phút", "15", 15, "measure", "phút",
      "thời gian giải quyết bình quân một yêu cầu chứng thực bản sao", I(Q1), approx="about"),
    F("chứng thực 2 trường hợp", "2", 2, "count", "trường hợp",
      "trường hợp bị từ chối chứng thực do giấy tờ giả mạo", P("Trong quý", "2024-01-01", "2024-03-31")),
    F("phấn đấu 100%", "100", 100, "percent", "%", "yêu cầu chứng thực được giải quyết đúng hạn", Y24,
      status="target"),
    F("từ 30 đến 40%", "30", 30, "percent", "%", "tỷ lệ chứng thực bản sao điện tử", Y24, value_max=40,
      status="target"),
]

COMMENTS = [
    "Cổng TTĐT huyện Thọ Xuân (invented): chứng thực quý I/2024 — việc by type and level, lệ phí, e-copies, 2024 targets.",
    "Dateline 'Thứ Tư, 10/04/2024 - 15:20'; byline at the end. Distractors: Nghị định số 23/2015/NĐ-CP, Thông tư số 01/2020/TT-BTP,",
    "Khu 3, Quốc lộ 47, phone 0237.3836.118, 'từ thứ Hai đến thứ Sáu'.",
    "'Trong đó' after the sentence whose last figure is the fee (money): the parts count việc, so their whole is 48.915 việc (46.208+2.137+570).",
    "District vs commune split (9.846 + 39.069) has no part-of cue: no total; 'chiếm 79,9% tổng số việc' is the 39.069's percent.",
    "'gấp 3 lần cùng kỳ' right after 1.250 việc is its change (lần), not a multiple figure. 'Trong quý' = quý I/2024 (as 'trong tháng').",
    "Xã Xuân Lai is a commune: the figure stays at the district (Thọ Xuân).",
]

if __name__ == "__main__":
    emit("p626-2", TEXT, COMMENTS, FIGS, published="2024-04-10", location="Thọ Xuân")
