from lib import F, P, write

TEXT = """CHI CỤC CHĂN NUÔI VÀ THÚ Y NGHỆ AN
Trang chủ > Tin tức > Phòng chống dịch bệnh

Đẩy nhanh tiến độ tiêm phòng vắc xin viêm da nổi cục trên đàn trâu, bò
Ngày đăng: 12/06/2023 | Lượt xem: 1.236

Từ đầu năm đến ngày 10/6/2023, bệnh viêm da nổi cục (VDNC) trên trâu, bò đã xảy ra tại 27 xã thuộc 9 huyện, làm 412 con mắc bệnh, trong đó 38 con chết và buộc tiêu hủy. So với cùng kỳ năm 2022, số con mắc giảm 86,5%.

Thực hiện Kế hoạch số 86/KH-SNN của Sở Nông nghiệp và PTNT, toàn tỉnh đã tiếp nhận 350.000 liều vắc xin VDNC (gồm 200.000 liều từ nguồn ngân sách tỉnh và 150.000 liều do Trung ương hỗ trợ). Tổng đàn trâu, bò diện tiêm của tỉnh khoảng 409.000 con; đến nay đã tiêm được 312.480 con, đạt 76,4%. Kinh phí mua vắc xin gần 4,2 tỷ đồng, giá mỗi liều khoảng 12.000 đồng.

Các huyện có tỷ lệ tiêm phòng cao là Nghĩa Đàn (92,1%), Tân Kỳ (88,7%), Quỳ Hợp (85,4%); một số huyện miền núi cao còn thấp, như Kỳ Sơn chỉ đạt 51,2%, Tương Dương đạt 58,6% do địa bàn chia cắt, trâu, bò thả rông trên rừng.

Kết quả lấy mẫu giám sát sau tiêm tại 5 huyện cho thấy tỷ lệ bảo hộ đạt từ 85 đến 90%. Chi cục đề nghị các địa phương phấn đấu đến hết tháng 7/2023 tiêm phòng đạt trên 80% tổng đàn diện tiêm, đồng thời tổ chức tiêm bổ sung cho bê, nghé mới sinh từ 4 tháng tuổi trở lên.

Người dân phát hiện trâu, bò có biểu hiện sốt, nổi cục trên da cần báo ngay cho thú y cơ sở hoặc liên hệ số điện thoại 0238.3844.125 (Trạm Chẩn đoán xét nghiệm bệnh động vật, số 98 đường Phạm Hồng Thái, TP Vinh).
"""

PD = P("Từ đầu năm đến ngày 10/6/2023", "2023-01-01", "2023-06-10")
FIGS = [
    F("tại 27 xã", "27", 27, "count", "xã", subject="xã có bệnh viêm da nổi cục", period=PD),
    F("thuộc 9 huyện", "9", 9, "count", "huyện", subject="huyện có bệnh viêm da nổi cục", period=PD),
    F("làm 412 con", "412", 412, "count", "con", subject="trâu, bò mắc bệnh viêm da nổi cục", period=PD),
    F("38 con chết", "38", 38, "count", "con", total=412, subject="trâu, bò chết và buộc tiêu hủy", period=PD),
    F("giảm 86,5%", "86,5", 86.5, "percent", "%", subject="số con mắc bệnh viêm da nổi cục",
      period=P("Từ đầu năm đến ngày 10/6/2023", "2023-01-01", "2023-06-10", inherited=True)),
    F("tiếp nhận 350.000 liều", "350.000", 350000, "count", "liều vắc xin", subject="liều vắc xin VDNC tiếp nhận"),
    F("gồm 200.000 liều", "200.000", 200000, "count", "liều", total=350000, subject="liều vắc xin từ nguồn ngân sách tỉnh"),
    F("và 150.000 liều", "150.000", 150000, "count", "liều", total=350000, subject="liều vắc xin do Trung ương hỗ trợ"),
    F("khoảng 409.000 con", "409.000", 409000, "count", "con", approx="about", subject="tổng đàn trâu, bò diện tiêm"),
    F("được 312.480 con", "312.480", 312480, "count", "con", percent=76.4, subject="trâu, bò đã tiêm phòng",
      period=P("đến nay", None, "2023-06-12")),
    F("gần 4,2 tỷ", "4,2", 4200000000, "money", "đồng", approx="nearly", subject="kinh phí mua vắc xin"),
    F("khoảng 12.000 đồng", "12.000", 12000, "money", "đồng", approx="about", subject="giá mỗi liều vắc xin"),
    F("Nghĩa Đàn (92,1%)", "92,1", 92.1, "percent", "%", subject="tỷ lệ tiêm phòng", location="Nghĩa Đàn"),
    F("Tân Kỳ (88,7%)", "88,7", 88.7, "percent", "%", subject="tỷ lệ tiêm phòng", location="Tân Kỳ"),
    F("Quỳ Hợp (85,4%)", "85,4", 85.4, "percent", "%", subject="tỷ lệ tiêm phòng", location="Quỳ Hợp"),
    F("chỉ đạt 51,2%", "51,2", 51.2, "percent", "%", subject="tỷ lệ tiêm phòng", location="Kỳ Sơn"),
    F("đạt 58,6%", "58,6", 58.6, "percent", "%", subject="tỷ lệ tiêm phòng", location="Tương Dương"),
    F("tại 5 huyện", "5", 5, "count", "huyện", subject="huyện lấy mẫu giám sát sau tiêm"),
    F("từ 85 đến 90%", "85", 85, "percent", "%", value_max=90, subject="tỷ lệ bảo hộ sau tiêm"),
    F("trên 80% tổng đàn", "80", 80, "percent", "%", approx="over", status="target",
      subject="tỷ lệ tiêm phòng tổng đàn diện tiêm", period=P("đến hết tháng 7/2023", None, "2023-07-31")),
    F("từ 4 tháng tuổi", "4", 4, "measure", "tháng tuổi", approx="at_least", optional=True),
]

COMMENTS = [
    "revised after the first run: the subject of 'giảm 86,5%' no longer carries the change wording ('giảm so với cùng kỳ năm 2022'); FIGURES.md: the subject names the indicator.",
    "Chi cục Chăn nuôi và Thú y Nghệ An (department site, breadcrumb): LSD (viêm da nổi cục) outbreaks and vaccination to 10/6/2023.",
    "Dateline 'Ngày đăng: 12/06/2023 | Lượt xem: 1.236'. Distractors: view counter, 'ngày 10/6/2023', 'Kế hoạch số 86/KH-SNN', phone 0238.3844.125, 'số 98 đường Phạm Hồng Thái', 'TP Vinh'.",
    "'So với cùng kỳ năm 2022, số con mắc giảm 86,5%' is its own sentence: a rate that is the claim (percent, no change), not the change of 412.",
    "'(gồm 200.000 liều … và 150.000 liều …)' is a bracketed breakdown that adds up to 350.000: total. '312.480 con, đạt 76,4%' share → percent attribute.",
    "'đến nay' (vaccinated so far) is an as-of phrase ending at the dateline 2023-06-12; district list → location; '4 tháng tuổi trở lên' age criterion optional.",
]

write(3, COMMENTS, TEXT, FIGS, published="2023-06-12", location="Nghệ An")
