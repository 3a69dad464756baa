from lib import *

text = """BÁO BÌNH DƯƠNG ĐIỆN TỬ
Kinh tế | Lao động - Việc làm
Thứ Hai, 14/10/2024, 16:45

Gần 22.000 lao động nước ngoài đang làm việc tại Bình Dương

(BDO) Theo Sở Lao động - Thương binh và Xã hội tỉnh, tính đến ngày 30/9/2024, toàn tỉnh có 21.846 người nước ngoài đang làm việc tại 4.127 doanh nghiệp, tăng 6,8% so với cùng thời điểm năm 2023. Trong đó, TP.Thuận An có 5.912 người, TP.Dĩ An 4.380 người, TP.Tân Uyên 3.754 người, thị xã Bến Cát 3.106 người.

9 tháng năm 2024, Sở đã cấp mới 3.215 giấy phép lao động, cấp lại 426 giấy phép và gia hạn 1.978 giấy phép; đồng thời xác nhận khoảng 640 trường hợp không thuộc diện cấp giấy phép lao động, chủ yếu là người di chuyển trong nội bộ doanh nghiệp.

Về cơ cấu quốc tịch, lao động Trung Quốc chiếm tỷ lệ cao nhất (38,5%), kế đến là Đài Loan (Trung Quốc) 21,3%, Hàn Quốc 17,9%, Malaysia 6,2%; số còn lại đến từ hơn 40 quốc gia, vùng lãnh thổ.

Theo khảo sát của Sở năm 2024, mức lương bình quân của lao động nước ngoài từ 35 đến 60 triệu đồng/tháng; riêng vị trí giám đốc điều hành có mức lương trên 120 triệu đồng/tháng.

Từ đầu năm đến nay, Thanh tra Sở đã kiểm tra việc sử dụng lao động nước ngoài tại 86 doanh nghiệp, phát hiện 19 doanh nghiệp vi phạm (chiếm 22,1%), xử phạt vi phạm hành chính gần 1,2 tỷ đồng theo Nghị định số 12/2022/NĐ-CP; đề nghị trục xuất 7 trường hợp người nước ngoài làm việc không có giấy phép lao động.

Người dân, doanh nghiệp phát hiện trường hợp người nước ngoài làm việc trái phép có thể phản ánh qua đường dây nóng của Sở: 0274.3822.930.

MINH DUY
"""

A = P("tính đến ngày 30/9/2024", None, "2024-09-30")
Ai = P("tính đến ngày 30/9/2024", None, "2024-09-30", inh=True)
N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Y = P("năm 2024", "2024-01-01", "2024-12-31")
TD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
TDi = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-14", inh=True)

figs = [
    F("Gần 22.000 lao động", "22.000", 22000, "count", "lao động nước ngoài",
      "lao động nước ngoài đang làm việc", approx="nearly"),
    F("có 21.846 người", "21.846", 21846, "count", "người",
      "người nước ngoài đang làm việc", A,
      change=CH("increase", 6.8, baseline="cùng thời điểm năm 2023")),
    F("tại 4.127 doanh nghiệp", "4.127", 4127, "count", "doanh nghiệp",
      "doanh nghiệp sử dụng người nước ngoài", A),
    F("Thuận An có 5.912 người", "5.912", 5912, "count", "người",
      "người nước ngoài đang làm việc", Ai, total=21846, location="Thuận An"),
    F("Dĩ An 4.380 người", "4.380", 4380, "count", "người",
      "người nước ngoài đang làm việc", Ai, total=21846, location="Dĩ An"),
    F("Tân Uyên 3.754 người", "3.754", 3754, "count", "người",
      "người nước ngoài đang làm việc", Ai, total=21846, location="Tân Uyên"),
    F("Bến Cát 3.106 người", "3.106", 3106, "count", "người",
      "người nước ngoài đang làm việc", Ai, total=21846, location="Bến Cát"),
    F("cấp mới 3.215 giấy phép", "3.215", 3215, "count", "giấy phép lao động",
      "giấy phép lao động cấp mới", N9),
    F("cấp lại 426 giấy phép", "426", 426, "count", "giấy phép",
      "giấy phép lao động cấp lại", N9),
    F("gia hạn 1.978 giấy phép", "1.978", 1978, "count", "giấy phép",
      "giấy phép lao động gia hạn", N9),
    F("khoảng 640 trường hợp", "640", 640, "count", "trường hợp",
      "trường hợp xác nhận không thuộc diện cấp giấy phép lao động", N9, approx="about"),
    F("cao nhất (38,5%)", "38,5", 38.5, "percent", "%",
      "tỷ lệ lao động nước ngoài quốc tịch Trung Quốc", Ai),
    F("(Trung Quốc) 21,3%", "21,3", 21.3, "percent", "%",
      "tỷ lệ lao động nước ngoài quốc tịch Đài Loan (Trung Quốc)", Ai),
    F("Hàn Quốc 17,9%", "17,9", 17.9, "percent", "%",
      "tỷ lệ lao động nước ngoài quốc tịch Hàn Quốc", Ai),
    F("Malaysia 6,2%", "6,2", 6.2, "percent", "%",
      "tỷ lệ lao động nước ngoài quốc tịch Malaysia", Ai),
    F("hơn 40 quốc gia", "40", 40, "count", "quốc gia, vùng lãnh thổ",
      "quốc gia, vùng lãnh thổ khác có lao động tại tỉnh", Ai, approx="over"),
    F("từ 35 đến 60 triệu", "35", 35000000, "money", "đồng/tháng",
      "mức lương bình quân của lao động nước ngoài", Y, value_max=60000000),
    F("trên 120 triệu", "120", 120000000, "money", "đồng/tháng",
      "mức lương vị trí giám đốc điều hành", Y, approx="over"),
    F("tại 86 doanh nghiệp", "86", 86, "count", "doanh nghiệp",
      "doanh nghiệp được kiểm tra việc sử dụng lao động nước ngoài", TD),
    F("phát hiện 19 doanh nghiệp", "19", 19, "count", "doanh nghiệp",
      "doanh nghiệp vi phạm", TD, percent=22.1),
    F("gần 1,2 tỷ đồng", "1,2", 1200000000, "money", "đồng",
      "tiền xử phạt vi phạm hành chính", TD, approx="nearly"),
    F("trục xuất 7 trường hợp", "7", 7, "count", "trường hợp",
      "người nước ngoài bị đề nghị trục xuất", TD),
]

comments = [
    "Party newspaper (Báo Bình Dương), section line and 'Thứ Hai, dd/mm/yyyy, hh:mm' dateline before the headline; byline in capitals at the end.",
    "Headline 'Gần 22.000' has no period phrase (none earlier). Whole 21.846 người as of 30/9/2024 with change vs 'cùng thời điểm năm 2023';",
    "'Trong đó' + city list: each city is the location, total 21846 (the whole of the same thing), period inherited from the previous sentence.",
    "9-month permits: no whole stated, so no totals. Nationality shares: percent figures, nationalities are not places (location Bình Dương).",
    "Salary range 'từ 35 đến 60 triệu đồng/tháng' = money, unit đồng/tháng, value_max. 'Từ đầu năm đến nay' = 2024-01-01 .. published 2024-10-14.",
    "'19 doanh nghiệp vi phạm (chiếm 22,1%)' has its share but no part cue (no total). Distractors: Nghị định số 12/2022/NĐ-CP, hotline 0274.3822.930, 'TP.' names.",
]
emit("p309-2", text, comments, figs, published="2024-10-14", location="Bình Dương")
