from lib import *

TEXT = """Nghệ An: 9 tháng năm 2024 đưa gần 14.000 lao động đi làm việc ở nước ngoài
Cập nhật: 14/10/2024 09:15 | Lượt xem: 2.341

(nghean.gov.vn) - Theo báo cáo của Sở Lao động - Thương binh và Xã hội, 9 tháng năm 2024, toàn tỉnh Nghệ An có 13.862 người đi làm việc ở nước ngoài theo hợp đồng, đạt 86,6% kế hoạch năm và tăng 11,4% so với cùng kỳ năm 2023. Trong đó, lao động nữ có 4.215 người, chiếm 30,4%.

Thị trường Nhật Bản vẫn dẫn đầu với 7.034 lao động, tiếp đến là Đài Loan (Trung Quốc) 4.518 lao động, Hàn Quốc 1.127 lao động; các thị trường châu Âu như Đức, Romania, Hungary tiếp nhận khoảng 600 lao động. Đáng chú ý, số lao động đi Hàn Quốc theo Chương trình EPS tăng gấp 1,5 lần so với cùng kỳ.

Các huyện có nhiều lao động xuất cảnh là Yên Thành (1.426 người), Diễn Châu (1.305 người), Quỳnh Lưu (1.187 người) và Nghi Lộc (964 người). Hiện trên địa bàn tỉnh có 42 doanh nghiệp, chi nhánh doanh nghiệp dịch vụ đưa người lao động đi làm việc ở nước ngoài đăng ký hoạt động theo Nghị định số 112/2021/NĐ-CP.

Ước tính mỗi năm, người lao động Nghệ An làm việc ở nước ngoài gửi về khoảng 270 triệu USD (tương đương gần 6.800 tỷ đồng), góp phần giảm nghèo bền vững ở nhiều vùng nông thôn.

Kế hoạch năm 2024, tỉnh phấn đấu đưa 16.000 lao động đi làm việc ở nước ngoài; riêng quý IV/2024 cần đưa thêm khoảng 2.140 lao động. Để hoàn thành chỉ tiêu, UBND tỉnh đã ban hành Quyết định số 2085/QĐ-UBND ngày 12/8/2024, yêu cầu các huyện tăng cường tư vấn, tuyển chọn, đồng thời cảnh báo tình trạng lừa đảo qua mạng xã hội.

Người dân có nhu cầu tìm hiểu thông tin có thể liên hệ Trung tâm Dịch vụ việc làm Nghệ An, số 64 đường Lê Hồng Phong, TP Vinh; điện thoại 0238.3844.920.

Thanh Hà
"""

P9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
P9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)
S = "người đi làm việc ở nước ngoài theo hợp đồng"
figs = [
    F("có 13.862 người", "13.862", 13862, "count", "người", S, P9,
      percent=86.6, change=C("increase", 11.4, "%", "cùng kỳ năm 2023")),
    F("có 4.215 người", "4.215", 4215, "count", "người", "lao động nữ", P9i,
      total=13862, percent=30.4),
    F("dẫn đầu với 7.034 lao động", "7.034", 7034, "count", "lao động",
      "lao động đi làm việc tại thị trường Nhật Bản", P9i),
    F("(Trung Quốc) 4.518 lao động", "4.518", 4518, "count", "lao động",
      "lao động đi làm việc tại thị trường Đài Loan (Trung Quốc)", P9i),
    F("Hàn Quốc 1.127 lao động", "1.127", 1127, "count", "lao động",
      "lao động đi làm việc tại thị trường Hàn Quốc", P9i),
    F("khoảng 600 lao động", "600", 600, "count", "lao động",
      "lao động các thị trường châu Âu tiếp nhận", P9i, approx="about"),
    F("gấp 1,5 lần", "1,5", 1.5, "multiple", "lần",
      "số lao động đi Hàn Quốc theo Chương trình EPS", P9i),
    F("Yên Thành (1.426 người)", "1.426", 1426, "count", "người", "lao động xuất cảnh", P9i, location="Yên Thành"),
    F("Diễn Châu (1.305 người)", "1.305", 1305, "count", "người", "lao động xuất cảnh", P9i, location="Diễn Châu"),
    F("Quỳnh Lưu (1.187 người)", "1.187", 1187, "count", "người", "lao động xuất cảnh", P9i, location="Quỳnh Lưu"),
    F("Nghi Lộc (964 người)", "964", 964, "count", "người", "lao động xuất cảnh", P9i, location="Nghi Lộc"),
    F("có 42 doanh nghiệp", "42", 42, "count", "doanh nghiệp",
      "doanh nghiệp, chi nhánh doanh nghiệp dịch vụ đưa người lao động đi làm việc ở nước ngoài đăng ký hoạt động"),
    F("khoảng 270 triệu USD", "270", 270e6, "money", "USD",
      "tiền người lao động làm việc ở nước ngoài gửi về mỗi năm", approx="about", status="estimate"),
    F("gần 6.800 tỷ đồng", "6.800", 6800e9, "money", "đồng",
      "tiền người lao động làm việc ở nước ngoài gửi về mỗi năm", approx="nearly", status="estimate"),
    F("đưa 16.000 lao động", "16.000", 16000, "count", "lao động",
      "lao động đi làm việc ở nước ngoài", P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("khoảng 2.140 lao động", "2.140", 2140, "count", "lao động",
      "lao động cần đưa thêm", P("quý IV/2024", "2024-10-01", "2024-12-31"), approx="about", status="target"),
]
COMMENTS = [
    "Provincial portal (Nghệ An), 'Cập nhật: dd/mm/yyyy hh:mm | Lượt xem: 2.341' (view counter = page furniture).",
    "Destination countries are partners, not places: location stays Nghệ An; subject = indicator + market (as h26 / p100-3).",
    "Districts in the list go to location. '9 tháng năm 2024' stands only in the first sentence: inherited elsewhere.",
    "'tăng gấp 1,5 lần so với cùng kỳ' has no base amount: the multiple is the claim itself (kind multiple).",
    "'(tương đương gần 6.800 tỷ đồng)' restates the remittance in đồng: a figure of its own (as h01 'tương đương 1,488 triệu hồ sơ'), estimate like its head.",
    "'mỗi năm' is no dated period: remittances carry none. The headline's 'gần 14.000 lao động' is a figure (titles count, as p205-8), with the title's period.",
    "revised: 4.215 subject cut to 'lao động nữ', as its sentence names it (had appended the context 'đi làm việc ở nước ngoài').",
    "Distractors: Nghị định số 112/2021/NĐ-CP, Quyết định số 2085/QĐ-UBND ngày 12/8/2024, số 64 đường Lê Hồng Phong, phone 0238.3844.920, Lượt xem.",
]
figs.insert(0, F("gần 14.000 lao động", "14.000", 14000, "count", "lao động",
                 "lao động đi làm việc ở nước ngoài", P9, approx="nearly"))
build(1, TEXT, figs, COMMENTS, published="2024-10-14", location="Nghệ An")
