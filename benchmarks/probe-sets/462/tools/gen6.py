from lib import F, P, CH, TG, emit

TEXT = """Thời sự > Môi trường
Thứ sáu, 15/11/2024, 10:12 (GMT+7)

Doanh nghiệp dệt nhuộm bị phạt 1,32 tỷ đồng vì xả thải vượt chuẩn

Công ty dệt nhuộm tại KCN Tân Kim xả nước thải có độ màu, COD vượt quy chuẩn nhiều lần ra kênh, bị phạt hơn một tỷ đồng và đình chỉ hoạt động.

Ngày 14/11, Chủ tịch UBND tỉnh Long An ký quyết định xử phạt vi phạm hành chính 1,32 tỷ đồng đối với Công ty TNHH Dệt nhuộm Phú Hưng 79. Trong đó, mức phạt về hành vi xả nước thải có thông số môi trường vượt quy chuẩn là 1,2 tỷ đồng; phần còn lại là phạt do không vận hành thường xuyên trạm quan trắc tự động.

Theo kết quả kiểm tra đột xuất của đoàn liên ngành hồi tháng 9, nhà máy xả khoảng 1.800 m³ nước thải mỗi ngày ra kênh Cầu Tràm, trong khi hệ thống xử lý chỉ có công suất 1.200 m³/ngày đêm. Mẫu nước thải tại cửa xả có độ màu vượt 6,3 lần, COD vượt 3,8 lần và TSS vượt 2,4 lần so với QCVN 13-MT:2015/BTNMT.

Ngoài tiền phạt, công ty bị đình chỉ hoạt động 5 tháng, buộc chi trả 86,5 triệu đồng chi phí kiểm định, đo đạc, phân tích mẫu. Đây là lần thứ 2 doanh nghiệp này bị xử phạt trong vòng 3 năm; năm 2022, công ty từng bị phạt 450 triệu đồng vì hành vi tương tự.

Theo Sở Tài nguyên và Môi trường Long An, từ đầu năm đến nay, tỉnh đã xử phạt 63 tổ chức, cá nhân vi phạm về môi trường với tổng số tiền 14,7 tỷ đồng, gấp 1,5 lần cùng kỳ năm ngoái. Tỉnh hiện có 38 KCN được quy hoạch, trong đó 24 KCN đang hoạt động đều đã có nhà máy xử lý nước thải tập trung với tổng công suất khoảng 92.000 m³/ngày đêm.

Hoàng Nam
Chia sẻ | 12 bình luận
"""

YTD = P("từ đầu năm đến nay", "2024-01-01", "2024-11-15")

FIGS = [
    F("bị phạt 1,32 tỷ đồng vì", "1,32", 1320000000, "money", "đồng", "tiền phạt doanh nghiệp dệt nhuộm"),
    F("hơn một tỷ đồng", "một", 1000000000, "money", "đồng", "tiền phạt", approx="over"),
    F("hành chính 1,32 tỷ đồng", "1,32", 1320000000, "money", "đồng", "tiền xử phạt vi phạm hành chính"),
    F("là 1,2 tỷ đồng", "1,2", 1200000000, "money", "đồng",
      "mức phạt về hành vi xả nước thải có thông số môi trường vượt quy chuẩn", total=1320000000),
    F("khoảng 1.800 m³", "1.800", 1800, "measure", "m³", "nước thải nhà máy xả mỗi ngày", approx="about"),
    F("công suất 1.200 m³", "1.200", 1200, "measure", "m³/ngày đêm", "công suất hệ thống xử lý"),
    F("màu vượt 6,3 lần", "6,3", 6.3, "multiple", "lần", "độ màu vượt quy chuẩn"),
    F("COD vượt 3,8 lần", "3,8", 3.8, "multiple", "lần", "COD vượt quy chuẩn"),
    F("TSS vượt 2,4 lần", "2,4", 2.4, "multiple", "lần", "TSS vượt quy chuẩn"),
    F("hoạt động 5 tháng", "5", 5, "measure", "tháng", "thời gian đình chỉ hoạt động", optional=True),
    F("trả 86,5 triệu đồng", "86,5", 86500000, "money", "đồng", "chi phí kiểm định, đo đạc, phân tích mẫu"),
    F("lần thứ 2", "2", 2, "count", "lần", "lần doanh nghiệp bị xử phạt", optional=True),
    F("trong vòng 3 năm", "3", 3, "measure", "năm", optional=True),
    F("phạt 450 triệu đồng", "450", 450000000, "money", "đồng", "tiền phạt công ty",
      P("năm 2022", "2022-01-01", "2022-12-31")),
    F("xử phạt 63 tổ chức", "63", 63, "count", "tổ chức, cá nhân", "tổ chức, cá nhân vi phạm về môi trường bị xử phạt",
      YTD),
    F("tiền 14,7 tỷ đồng", "14,7", 14700000000, "money", "đồng", "tổng số tiền xử phạt", YTD,
      change=CH("increase", 1.5, "lần", "cùng kỳ năm ngoái")),
    F("có 38 KCN", "38", 38, "count", "KCN", "KCN được quy hoạch"),
    F("trong đó 24 KCN", "24", 24, "count", "KCN", "KCN đang hoạt động có nhà máy xử lý nước thải tập trung",
      total=38),
    F("khoảng 92.000 m³", "92.000", 92000, "measure", "m³/ngày đêm",
      "tổng công suất nhà máy xử lý nước thải tập trung", approx="about"),
]

COMMENTS = [
    "National press style, 'Thứ sáu, 15/11/2024, 10:12 (GMT+7)', sapo, byline and comment counter at the end; one textile-dyeing company fined in Long An.",
    "The title and the body both state 1,32 tỷ (two figures). 'hơn một tỷ đồng' in the sapo is a figure (number word, over). '1,2 tỷ' after 'Trong đó' total 1,32 tỷ.",
    "'vượt … lần so với QCVN' multiples. 'tháng 9' only dates the inspection: no period given to the flow figures (left unscored).",
    "'đình chỉ 5 tháng', 'lần thứ 2', 'trong vòng 3 năm' optional. '14,7 tỷ đồng, gấp 1,5 lần cùng kỳ năm ngoái' → change increase 1,5 lần.",
    "'từ đầu năm đến nay' = 2024-01-01..2024-11-15. '38 KCN …, trong đó 24 KCN' total 38.",
    "Distractors: company name 'Phú Hưng 79', QCVN 13-MT:2015/BTNMT, 'Ngày 14/11', '12 bình luận', GMT+7.",
]

emit("p462-6", TEXT, COMMENTS, FIGS, published="2024-11-15", location="Long An")
