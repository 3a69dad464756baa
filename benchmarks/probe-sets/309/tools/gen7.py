from lib import *

text = """BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI
Tin tức - Sự kiện > Việc làm

Năm 2023: Cấp, cấp lại, gia hạn trên 130 nghìn giấy phép lao động cho người nước ngoài

14:20 | 27/12/2023

(Molisa) - Ngày 26/12, Cục Việc làm tổ chức Hội nghị tổng kết công tác năm 2023 và triển khai nhiệm vụ năm 2024. Theo báo cáo tại Hội nghị, năm 2023 các cơ quan có thẩm quyền ước cấp mới, cấp lại, gia hạn 131,5 nghìn giấy phép lao động cho người lao động nước ngoài, tăng 18,2% so với năm 2022, đạt 109,6% kế hoạch năm, trong đó cấp mới khoảng 78,4 nghìn giấy phép (chiếm 59,6%), gia hạn 40,2 nghìn giấy phép, cấp lại 12,9 nghìn giấy phép.

Lao động nước ngoài đến từ 110 quốc gia và vùng lãnh thổ; nhiều nhất là Trung Quốc (chiếm 41,7%), Hàn Quốc (18,3%), Đài Loan - Trung Quốc (11,6%) và Nhật Bản (7,9%). Bên cạnh đó, các địa phương đã xác nhận gần 24.000 trường hợp người nước ngoài không thuộc diện cấp giấy phép lao động, giảm 3,1% so với năm 2022.

Công tác thanh tra được tăng cường với 1.348 doanh nghiệp được thanh tra, kiểm tra; tổng số tiền xử phạt vi phạm hành chính ước đạt 17,2 tỷ đồng, tăng 1,4 lần so với năm 2022.

Năm 2024, Bộ đặt chỉ tiêu giải quyết 100% hồ sơ cấp giấy phép lao động trên Cổng Dịch vụ công quốc gia; phấn đấu đến năm 2025 có 90% doanh nghiệp sử dụng lao động nước ngoài thực hiện báo cáo trực tuyến. Giai đoạn 2021-2025, nhu cầu sử dụng lao động nước ngoài dự kiến tăng bình quân từ 5 đến 7%/năm.

Các địa phương tiếp tục thực hiện Nghị định số 152/2020/NĐ-CP và Thông tư số 23/2017/TT-BLĐTBXH về cấp giấy phép lao động qua mạng điện tử. Thông tin liên hệ: Cục Việc làm, 024.38269.543.
"""

Y = P("năm 2023", "2023-01-01", "2023-12-31")
Yi = P("năm 2023", "2023-01-01", "2023-12-31", inh=True)

figs = [
    F("trên 130 nghìn", "130", 130000, "count", "giấy phép lao động",
      "giấy phép lao động cho người nước ngoài cấp, cấp lại, gia hạn",
      P("Năm 2023", "2023-01-01", "2023-12-31"), approx="over"),
    F("gia hạn 131,5 nghìn", "131,5", 131500, "count", "giấy phép lao động",
      "giấy phép lao động cấp mới, cấp lại, gia hạn cho người lao động nước ngoài", Y,
      status="estimate", change=CH("increase", 18.2, baseline="năm 2022"), percent=109.6),
    F("khoảng 78,4 nghìn", "78,4", 78400, "count", "giấy phép",
      "giấy phép lao động cấp mới", Y, approx="about", total=131500, percent=59.6, status="estimate"),
    F("gia hạn 40,2 nghìn", "40,2", 40200, "count", "giấy phép",
      "giấy phép lao động gia hạn", Y, total=131500, status="estimate"),
    F("cấp lại 12,9 nghìn", "12,9", 12900, "count", "giấy phép",
      "giấy phép lao động cấp lại", Y, total=131500, status="estimate"),
    F("từ 110 quốc gia", "110", 110, "count", "quốc gia và vùng lãnh thổ",
      "quốc gia và vùng lãnh thổ có lao động tại Việt Nam", Yi),
    F("(chiếm 41,7%)", "41,7", 41.7, "percent", "%",
      "tỷ lệ lao động nước ngoài đến từ Trung Quốc", Yi),
    F("(18,3%)", "18,3", 18.3, "percent", "%",
      "tỷ lệ lao động nước ngoài đến từ Hàn Quốc", Yi),
    F("(11,6%)", "11,6", 11.6, "percent", "%",
      "tỷ lệ lao động nước ngoài đến từ Đài Loan - Trung Quốc", Yi),
    F("(7,9%)", "7,9", 7.9, "percent", "%",
      "tỷ lệ lao động nước ngoài đến từ Nhật Bản", Yi),
    F("gần 24.000 trường hợp", "24.000", 24000, "count", "trường hợp",
      "trường hợp người nước ngoài không thuộc diện cấp giấy phép lao động", Yi,
      approx="nearly", change=CH("decrease", 3.1, baseline="năm 2022")),
    F("với 1.348 doanh nghiệp", "1.348", 1348, "count", "doanh nghiệp",
      "doanh nghiệp được thanh tra, kiểm tra", Yi),
    F("đạt 17,2 tỷ", "17,2", 17.2e9, "money", "đồng",
      "tổng số tiền xử phạt vi phạm hành chính", Yi, status="estimate",
      change=CH("increase", 1.4, unit="lần", baseline="năm 2022")),
    F("giải quyết 100% hồ sơ", "100", 100, "percent", "%",
      "tỷ lệ hồ sơ cấp giấy phép lao động giải quyết trên Cổng Dịch vụ công quốc gia",
      P("Năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("có 90% doanh nghiệp", "90", 90, "percent", "%",
      "doanh nghiệp sử dụng lao động nước ngoài thực hiện báo cáo trực tuyến",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
    F("từ 5 đến 7%/năm", "5", 5, "percent", "%",
      "tốc độ tăng bình quân nhu cầu sử dụng lao động nước ngoài",
      P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31"), value_max=7, status="forecast"),
]

comments = [
    "Ministry site (Bộ LĐ-TB&XH), breadcrumb, 'hh:mm | dd/mm/yyyy' dateline, '(Molisa)' tag. National figures: location Việt Nam.",
    "'ước cấp … 131,5 nghìn giấy phép …, tăng 18,2% so với năm 2022, đạt 109,6% kế hoạch năm' → estimate, change, percent 109.6 (share of plan);",
    "the parts after ', trong đó' continue the estimate clause: status estimate, total 131500; 'khoảng 78,4 nghìn (chiếm 59,6%)' approx about with percent.",
    "Nationality shares in brackets: percent figures (nationalities are not places). 'tăng 1,4 lần so với năm 2022' is the fine's change (unit lần); 'ước đạt' → estimate.",
    "Targets: 'chỉ tiêu … 100%' (năm 2024), 'phấn đấu đến năm 2025 … 90%'; 'dự kiến tăng bình quân từ 5 đến 7%/năm' = forecast growth rate, range, giai đoạn 2021-2025.",
    "Distractors: 'Ngày 26/12', Nghị định số 152/2020/NĐ-CP, Thông tư số 23/2017/TT-BLĐTBXH, phone 024.38269.543, dateline time.",
]
emit("p309-7", text, comments, figs, published="2023-12-27", location="Việt Nam")
