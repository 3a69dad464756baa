"""p626-1: Nghệ An province portal, notarial activity in H1/2024."""
from lib import F, P, I, CH, T, emit

TEXT = """Cổng Thông tin điện tử tỉnh Nghệ An
Trang chủ > Tin tức - Sự kiện > Hoạt động các sở, ngành
Cập nhật: 15/07/2024 10:22
Lượt xem: 3.184

Nghệ An: Hơn 98.000 việc công chứng trong 6 tháng đầu năm 2024

Theo báo cáo của Sở Tư pháp, 6 tháng đầu năm 2024, các tổ chức hành nghề công chứng trên địa bàn tỉnh đã công chứng 98.436 việc, tăng 6,8% so với cùng kỳ năm 2023. Trong đó, công chứng hợp đồng, giao dịch là 71.205 việc; công chứng bản dịch và các việc khác là 27.231 việc. Riêng Phòng Công chứng số 1 đã công chứng 6.420 việc. Tổng phí công chứng thu được đạt 41,25 tỷ đồng, bằng 54,3% kế hoạch năm; các tổ chức hành nghề đã nộp ngân sách nhà nước gần 4,6 tỷ đồng.

Tính đến ngày 30/6/2024, toàn tỉnh có 57 tổ chức hành nghề công chứng, gồm 3 Phòng công chứng và 54 Văn phòng công chứng, với 112 công chứng viên đang hành nghề (tăng 9 công chứng viên so với cuối năm 2023). Số tổ chức hành nghề công chứng của Nghệ An xếp thứ 5 toàn quốc. Các tổ chức tập trung chủ yếu ở TP. Vinh (24 tổ chức), thị xã Cửa Lò (4), huyện Diễn Châu (4), Quỳnh Lưu (3) và Yên Thành (3); hiện còn 2 huyện miền núi chưa có tổ chức hành nghề công chứng.

Bình quân toàn tỉnh hiện đạt 0,33 công chứng viên/1 vạn dân. Phấn đấu đến năm 2025, mỗi huyện có ít nhất 1 tổ chức hành nghề công chứng, tỷ lệ đạt 0,4 công chứng viên/1 vạn dân.

Sở Tư pháp lưu ý, từ ngày 01/7/2025, Luật Công chứng số 46/2024/QH15 có hiệu lực. Mọi phản ánh về hoạt động công chứng xin gửi về Phòng Bổ trợ tư pháp, Sở Tư pháp (số 5 đường Trường Thi, TP. Vinh), điện thoại 0238.3844.225.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
ASOF = P("Tính đến ngày 30/6/2024", None, "2024-06-30")
T2025 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("Hơn 98.000 việc", "98.000", 98000, "count", "việc", "việc công chứng",
      P("trong 6 tháng đầu năm 2024", "2024-01-01", "2024-06-30"), approx="over"),
    F("công chứng 98.436 việc", "98.436", 98436, "count", "việc", "việc công chứng của các tổ chức hành nghề công chứng",
      H1, change=CH("increase", 6.8, baseline="cùng kỳ năm 2023")),
    F("là 71.205 việc", "71.205", 71205, "count", "việc", "công chứng hợp đồng, giao dịch", I(H1), total=98436),
    F("là 27.231 việc", "27.231", 27231, "count", "việc", "công chứng bản dịch và các việc khác", I(H1), total=98436),
    F("công chứng 6.420 việc", "6.420", 6420, "count", "việc", "việc công chứng của Phòng Công chứng số 1", I(H1)),
    F("đạt 41,25 tỷ đồng", "41,25", 41.25e9, "money", "đồng", "tổng phí công chứng thu được", I(H1), percent=54.3),
    F("gần 4,6 tỷ đồng", "4,6", 4.6e9, "money", "đồng", "nộp ngân sách nhà nước của các tổ chức hành nghề", I(H1),
      approx="nearly"),
    F("có 57 tổ chức", "57", 57, "count", "tổ chức hành nghề công chứng", "tổ chức hành nghề công chứng", ASOF),
    F("gồm 3 Phòng", "3", 3, "count", "Phòng công chứng", "Phòng công chứng", ASOF, total=57),
    F("và 54 Văn phòng", "54", 54, "count", "Văn phòng công chứng", "Văn phòng công chứng", ASOF, total=57),
    F("với 112 công chứng viên", "112", 112, "count", "công chứng viên", "công chứng viên đang hành nghề", ASOF,
      change=CH("increase", 9, "công chứng viên", baseline="cuối năm 2023")),
    F("xếp thứ 5 toàn quốc", "5", 5, "rank", "hạng", "số tổ chức hành nghề công chứng", I(ASOF)),
    F("Vinh (24 tổ chức)", "24", 24, "count", "tổ chức", "tổ chức hành nghề công chứng", I(ASOF), location="Vinh"),
    F("Cửa Lò (4)", "4", 4, "count", "tổ chức", "tổ chức hành nghề công chứng", I(ASOF), location="Cửa Lò"),
    F("Diễn Châu (4)", "4", 4, "count", "tổ chức", "tổ chức hành nghề công chứng", I(ASOF), location="Diễn Châu"),
    F("Quỳnh Lưu (3)", "3", 3, "count", "tổ chức", "tổ chức hành nghề công chứng", I(ASOF), location="Quỳnh Lưu"),
    F("Yên Thành (3)", "3", 3, "count", "tổ chức", "tổ chức hành nghề công chứng", I(ASOF), location="Yên Thành"),
    F("còn 2 huyện", "2", 2, "count", "huyện", "huyện miền núi chưa có tổ chức hành nghề công chứng"),
    F("đạt 0,33 công chứng viên", "0,33", 0.33, "measure", "công chứng viên/1 vạn dân",
      "công chứng viên bình quân trên 1 vạn dân"),
    F("ít nhất 1 tổ chức", "1", 1, "count", "tổ chức hành nghề công chứng",
      "tổ chức hành nghề công chứng ở mỗi huyện", T2025, approx="at_least", status="target", optional=True,
      note="a per-district threshold in a target: optional"),
    F("đạt 0,4 công chứng viên", "0,4", 0.4, "measure", "công chứng viên/1 vạn dân",
      "tỷ lệ công chứng viên trên 1 vạn dân", T2025, status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Nghệ An (invented): công chứng 6 tháng đầu năm 2024 — việc, phí, tổ chức hành nghề by district, công chứng viên.",
    "Breadcrumb, 'Cập nhật: 15/07/2024 10:22' dateline, 'Lượt xem: 3.184' counter (furniture). Distractors: Phòng Công chứng số 1 (name),",
    "Luật Công chứng số 46/2024/QH15, 01/7/2025, số 5 đường Trường Thi, phone 0238.3844.225, '1 vạn dân' (rate denominator).",
    "71.205 + 27.231 = 98.436 (Trong đó, across a sentence break); 3 + 54 = 57 (gồm). District list does not add up and has no cue: no total.",
    "'(tăng 9 công chứng viên so với cuối năm 2023)' is the change of the 112. 'hiện' sentences get no period.",
]

if __name__ == "__main__":
    emit("p626-1", TEXT, COMMENTS, FIGS, published="2024-07-15", location="Nghệ An")
