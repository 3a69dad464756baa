import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import *

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH NINH BÌNH
Tài nguyên - Môi trường

Vườn quốc gia Cúc Phương tái thả hơn 300 cá thể động vật hoang dã trong nửa đầu năm
Cập nhật: 16/07/2024 09:20 | Lượt xem: 2.315

Theo báo cáo của Ban Quản lý Vườn quốc gia Cúc Phương, 6 tháng đầu năm 2024, Trung tâm Cứu hộ, bảo tồn và phát triển sinh vật của Vườn đã tiếp nhận 412 cá thể động vật hoang dã do các lực lượng chức năng và người dân bàn giao, tăng 18,6% so với cùng kỳ năm 2023. Trong đó có 157 cá thể thuộc danh mục loài nguy cấp, quý, hiếm được ưu tiên bảo vệ theo Nghị định số 06/2019/NĐ-CP, chủ yếu là tê tê Java, cu li lớn và rùa hộp trán vàng.

Sau thời gian chăm sóc, Vườn đã tái thả về môi trường tự nhiên 316 cá thể, đạt 79,0% kế hoạch năm; số cá thể đang được nuôi dưỡng, theo dõi sức khỏe tại Trung tâm là 248 cá thể thuộc 47 loài.

Công tác tuần tra, bảo vệ rừng được duy trì thường xuyên trên toàn bộ diện tích 22.408 ha của Vườn. Từ đầu năm đến nay, lực lượng kiểm lâm đã tổ chức 1.126 lượt tuần tra, tháo gỡ 865 bẫy các loại, phá hủy 14 lán trại trái phép; phát hiện và lập biên bản 9 vụ vi phạm, giảm 5 vụ so với cùng kỳ.

Về du lịch sinh thái, 6 tháng đầu năm Vườn đón khoảng 68.500 lượt khách, trong đó khách quốc tế đạt 9.200 lượt, chiếm 13,4%; doanh thu từ dịch vụ du lịch ước đạt 14,2 tỷ đồng, bằng 56,8% kế hoạch năm 2024. Riêng dịp nghỉ lễ 30/4 - 1/5 có gần 7 nghìn lượt khách đến tham quan Động Người Xưa, cây Chò nghìn năm và Trung tâm cứu hộ linh trưởng.

Trong 6 tháng cuối năm, Vườn phấn đấu tái thả thêm ít nhất 100 cá thể, nâng tỷ lệ động vật cứu hộ được tái thả lên trên 75%; đồng thời hoàn thành điều tra, cập nhật danh lục với mục tiêu ghi nhận thêm từ 20 đến 30 loài mới cho khu hệ.

Liên hệ: Ban Quản lý Vườn quốc gia Cúc Phương, xã Cúc Phương, huyện Nho Quan; điện thoại 0229.3848.006.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-07-16")
YTDi = P("Từ đầu năm đến nay", "2024-01-01", "2024-07-16", inh=True)
H1b = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
H2 = P("6 tháng cuối năm", "2024-07-01", "2024-12-31")

FIGS = [
    F("tái thả hơn 300 cá thể", "300", 300, "count", "cá thể", "động vật hoang dã tái thả",
      approx="over", period=P("nửa đầu năm", "2024-01-01", "2024-06-30")),
    F("tiếp nhận 412 cá thể", "412", 412, "count", "cá thể", "động vật hoang dã tiếp nhận",
      change=CH("increase", 18.6, baseline="cùng kỳ năm 2023"), period=H1),
    F("có 157 cá thể", "157", 157, "count", "cá thể", "cá thể thuộc danh mục loài nguy cấp, quý, hiếm được ưu tiên bảo vệ",
      total=412, period=H1i),
    F("tự nhiên 316 cá thể", "316", 316, "count", "cá thể", "cá thể tái thả về môi trường tự nhiên",
      percent=79.0, period=H1i),
    F("Trung tâm là 248 cá thể", "248", 248, "count", "cá thể", "cá thể đang được nuôi dưỡng, theo dõi sức khỏe tại Trung tâm",
      period=H1i),
    F("thuộc 47 loài", "47", 47, "count", "loài", "loài của cá thể đang được nuôi dưỡng tại Trung tâm", period=H1i),
    F("diện tích 22.408 ha", "22.408", 22408, "measure", "ha", "diện tích của Vườn"),
    F("tổ chức 1.126 lượt tuần tra", "1.126", 1126, "count", "lượt tuần tra", "lượt tuần tra", period=YTD),
    F("tháo gỡ 865 bẫy", "865", 865, "count", "bẫy", "bẫy tháo gỡ", period=YTD),
    F("phá hủy 14 lán trại", "14", 14, "count", "lán trại", "lán trại trái phép phá hủy", period=YTD),
    F("biên bản 9 vụ vi phạm", "9", 9, "count", "vụ vi phạm", "vụ vi phạm phát hiện và lập biên bản",
      change=CH("decrease", 5, "vụ", "cùng kỳ"), period=YTD),
    F("đón khoảng 68.500 lượt khách", "68.500", 68500, "count", "lượt khách", "lượt khách du lịch sinh thái",
      approx="about", period=H1b),
    F("đạt 9.200 lượt", "9.200", 9200, "count", "lượt", "khách quốc tế", total=68500, percent=13.4, period=H1b),
    F("ước đạt 14,2 tỷ đồng", "14,2", 14.2e9, "money", "đồng", "doanh thu từ dịch vụ du lịch",
      percent=56.8, status="estimate", period=H1b),
    F("có gần 7 nghìn lượt khách", "7", 7000, "count", "lượt khách", "lượt khách đến tham quan",
      approx="nearly", period=P("dịp nghỉ lễ 30/4 - 1/5", "2024-04-30", "2024-05-01")),
    F("ít nhất 100 cá thể", "100", 100, "count", "cá thể", "cá thể tái thả thêm",
      approx="at_least", status="target", period=H2),
    F("lên trên 75%", "75", 75, "percent", None, "tỷ lệ động vật cứu hộ được tái thả",
      approx="over", status="target", period=H2),
    F("từ 20 đến 30 loài", "20", 20, "count", "loài", "loài mới ghi nhận thêm cho khu hệ",
      value_max=30, status="target", period=H2),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Ninh Bình (province portal): Vườn quốc gia Cúc Phương, 6 tháng đầu năm 2024 — rescue, release, patrols, ecotourism, targets.",
    "Dateline 'Cập nhật: 16/07/2024 09:20 | Lượt xem: 2.315' (counter is page furniture). Title figure 'hơn 300 cá thể' with 'nửa đầu năm' (year from the dateline).",
    "Distractors: Nghị định số 06/2019/NĐ-CP, '30/4 - 1/5' (holiday dates), 'cây Chò nghìn năm' (a name), phone 0229.3848.006, 'Lượt xem'.",
    "'Trong đó có 157 cá thể' (next sentence) is part of 412; 'đạt 79,0% kế hoạch năm' is the percent of 316; 'trong đó khách quốc tế đạt 9.200 lượt, chiếm 13,4%' total 68.500 + percent.",
    "'giảm 5 vụ so với cùng kỳ' is the change of 9 vụ (unit vụ). 'Từ đầu năm đến nay' = 2024-01-01 .. dateline 2024-07-16.",
    "'dịp nghỉ lễ 30/4 - 1/5' taken as the period of 'gần 7 nghìn lượt khách'. Section 'Trong 6 tháng cuối năm … phấn đấu' gives status target to its three figures.",
    "Location: the province named in the portal header (Ninh Bình); the park's district in the contact line does not change it. 22.408 ha has no period (standing fact).",
]

if __name__ == "__main__":
    sys.exit(1 if emit(1, TEXT, COMMENTS, FIGS, published="2024-07-16", location="Ninh Bình") else 0)
