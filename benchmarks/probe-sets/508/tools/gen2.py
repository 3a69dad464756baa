"""p508-2: huyện Hải Hậu (Nam Định) district portal — expanded immunisation (TCMR) 6 months 2024, measles cases."""
from lib import F, P, INH, CH, TG, emit

TEXT = """UBND HUYỆN HẢI HẬU - CỔNG THÔNG TIN ĐIỆN TỬ
Tin hoạt động > Y tế - Dân số
Hải Hậu: 97,8% trẻ được tiêm chủng đầy đủ trong 6 tháng đầu năm
Thứ Năm, 11/07/2024 - 09:05

Theo báo cáo của Trung tâm Y tế huyện, 6 tháng đầu năm 2024, toàn huyện có 1.948 trẻ dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin, đạt 48,6% kế hoạch năm; tỷ lệ tiêm chủng đầy đủ tính trên số trẻ cần tiêm trong kỳ đạt 97,8%. Số trẻ được tiêm vắc xin sởi mũi 2 là 1.875 trẻ, đạt 96,1%; tiêm DPT4 là 1.802 trẻ, đạt 93,4%. Có 2.012 phụ nữ có thai được tiêm phòng uốn ván (UV2+), đạt 95,3%.

Toàn huyện duy trì 35 điểm tiêm chủng cố định tại 35/35 trạm y tế xã, thị trấn; tổ chức 216 buổi tiêm chủng, không ghi nhận trường hợp phản ứng nặng sau tiêm.

Về giám sát bệnh truyền nhiễm, huyện ghi nhận 14 ca sốt phát ban nghi sởi, trong đó có 3 ca dương tính với sởi (2 trẻ chưa tiêm vắc xin, 1 trẻ tiêm chưa đủ mũi). Ngay khi phát hiện ca bệnh, Trung tâm Y tế huyện đã tổ chức tiêm vét vắc xin sởi - rubella (MR) cho 1.126 trẻ từ 1 đến 5 tuổi, đạt 98,2% số đối tượng rà soát.

Kế hoạch 6 tháng cuối năm, huyện phấn đấu tỷ lệ tiêm chủng đầy đủ cho trẻ em đạt trên 98%, tỷ lệ tiêm vắc xin sởi mũi 2 đạt từ 95% trở lên; bảo đảm 100% trạm y tế đủ điều kiện tiêm chủng an toàn.

Thu Hà - Trung tâm VH-TT&TT huyện

Địa chỉ: Khu 5, thị trấn Yên Định, huyện Hải Hậu, tỉnh Nam Định. Điện thoại: 0228.3877.156
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H2 = P("6 tháng cuối năm", "2024-07-01", "2024-12-31")

FIGS = [
    F("Hải Hậu: 97,8%", "97,8", 97.8, "percent", "%", "trẻ được tiêm chủng đầy đủ",
      P("6 tháng đầu năm", "2024-01-01", "2024-06-30")),
    F("có 1.948 trẻ", "1.948", 1948, "count", "trẻ", "trẻ dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin", H1,
      percent=48.6),
    F("1.948 trẻ dưới 1 tuổi", "1", 1, "measure", "tuổi", approx="under", optional=True),
    F("trong kỳ đạt 97,8%", "97,8", 97.8, "percent", "%", "tỷ lệ tiêm chủng đầy đủ tính trên số trẻ cần tiêm trong kỳ", H1),
    F("là 1.875 trẻ", "1.875", 1875, "count", "trẻ", "trẻ được tiêm vắc xin sởi mũi 2", INH(H1), percent=96.1),
    F("là 1.802 trẻ", "1.802", 1802, "count", "trẻ", "trẻ được tiêm DPT4", INH(H1), percent=93.4),
    F("Có 2.012 phụ nữ", "2.012", 2012, "count", "phụ nữ có thai", "phụ nữ có thai được tiêm phòng uốn ván (UV2+)",
      INH(H1), percent=95.3),
    F("duy trì 35 điểm", "35", 35, "count", "điểm tiêm chủng", "điểm tiêm chủng cố định", INH(H1)),
    F("tại 35/35 trạm", "35", 35, "count", "trạm y tế", "trạm y tế xã, thị trấn có điểm tiêm chủng cố định",
      INH(H1), total=35),
    F("tổ chức 216 buổi", "216", 216, "count", "buổi", "buổi tiêm chủng", INH(H1)),
    F("ghi nhận 14 ca", "14", 14, "count", "ca", "ca sốt phát ban nghi sởi", INH(H1)),
    F("có 3 ca dương tính", "3", 3, "count", "ca", "ca dương tính với sởi", INH(H1), total=14),
    F("(2 trẻ chưa tiêm", "2", 2, "count", "trẻ", "ca sởi ở trẻ chưa tiêm vắc xin", INH(H1), total=3),
    F("1 trẻ tiêm chưa đủ", "1", 1, "count", "trẻ", "ca sởi ở trẻ tiêm chưa đủ mũi", INH(H1), total=3),
    F("cho 1.126 trẻ", "1.126", 1126, "count", "trẻ", "trẻ từ 1 đến 5 tuổi được tiêm vét vắc xin sởi - rubella (MR)", INH(H1),
      percent=98.2),
    F("từ 1 đến 5 tuổi", "1", 1, "measure", "tuổi", value_max=5, optional=True),
    F("trên 98%", "98", 98, "percent", "%", "tỷ lệ tiêm chủng đầy đủ cho trẻ em", H2, approx="over", status="target"),
    F("từ 95% trở lên", "95", 95, "percent", "%", "tỷ lệ tiêm vắc xin sởi mũi 2", H2, approx="at_least",
      status="target"),
    F("100% trạm y tế", "100", 100, "percent", "%", "trạm y tế đủ điều kiện tiêm chủng an toàn", H2, status="target"),
]

COMMENTS = [
    "Cổng TTĐT huyện Hải Hậu (Nam Định): tiêm chủng mở rộng 6 tháng đầu năm 2024 (district portal, weekday dateline, byline).",
    "'đạt N%' after a count is its percent; 'đạt 48,6% kế hoạch năm' likewise (a share of the plan, not a target value).",
    "'(2 trẻ …, 1 trẻ …)' is a bracketed breakdown right after 3 ca and adds up to it: total 3. 3 ca is part of 14 ('trong đó').",
    "'35/35 trạm' gives total 35. Targets: 'phấn đấu … trên 98%', 'từ 95% trở lên' (at_least), '100% trạm' continue the clause.",
    "Not figures: 'mũi 2', 'DPT4', 'UV2+' (vaccine/dose names), 'Khu 5', phone 0228.3877.156. Ages are optional.",
    "Location: the district (Hải Hậu) for every figure.",
    "revised after first scoring: 1.126 trẻ subject keeps the age range the sentence names (as the other child counts here do).",
]

if __name__ == "__main__":
    emit("p508-2", TEXT, COMMENTS, FIGS, published="2024-07-11", location="Hải Hậu")
