from lib import F, P, C, T, emit

TEXT = """BÁO HÀ TĨNH - Xã hội

Tăng cường bảo hộ công dân, hỗ trợ người lao động Hà Tĩnh ở nước ngoài

(Baohatinh.vn) - Quý III/2024, Sở Ngoại vụ Hà Tĩnh đã phối hợp với Cục Lãnh sự (Bộ Ngoại giao) và các cơ quan đại diện Việt Nam ở nước ngoài giải quyết 23 vụ việc bảo hộ công dân, tăng 5 vụ so với quý II/2024.

Trong số này, có 11 vụ liên quan đến công dân bị lừa sang Campuchia, Myanmar làm việc trái phép; 7 vụ công dân tử vong ở nước ngoài; 5 vụ tai nạn lao động. Phần lớn nạn nhân ở độ tuổi từ 18 đến 30, bị dụ dỗ qua mạng xã hội với lời hứa "việc nhẹ, lương cao".

Từ đầu năm đến nay, Sở đã hỗ trợ đưa 37 công dân và 16 thi hài, tro cốt về nước; phối hợp xác minh nhân thân cho 284 trường hợp phục vụ cấp giấy thông hành, hộ chiếu.

Hà Tĩnh hiện có khoảng 120.000 người đang sinh sống, làm việc ở nước ngoài, trong đó hơn 60.000 người là lao động tại Hàn Quốc, Nhật Bản, Đài Loan (Trung Quốc). Năm 2023, kiều hối chuyển về tỉnh đạt khoảng 425 triệu USD, chiếm gần 8% GRDP của tỉnh.

Ông Nguyễn Văn Thành, Giám đốc Sở Ngoại vụ cho biết: "Khi gặp sự cố, công dân có thể gọi đường dây nóng bảo hộ công dân của Bộ Ngoại giao hoặc số 0239.3855.168 của Sở để được hỗ trợ 24/7".

Trong quý IV/2024, Sở phấn đấu tổ chức 12 buổi tuyên truyền về phòng, chống mua bán người, di cư trái phép tại các huyện Kỳ Anh, Thạch Hà, Cẩm Xuyên với khoảng 1.500 lượt người tham dự; 100% xã, phường, thị trấn có tổ tư vấn pháp lý cho người lao động trước khi xuất cảnh.

Theo Nghị định số 07/2024/NĐ-CP, trường hợp công dân bị mất hộ chiếu ở nước ngoài, cơ quan đại diện sẽ cấp giấy thông hành trong vòng 3 ngày làm việc.

Thu Hà
05/11/2024
"""

Q3 = P("Quý III/2024", "2024-07-01", "2024-09-30")
Q3i = P("Quý III/2024", "2024-07-01", "2024-09-30", inh=True)
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-11-05")
Q4 = P("quý IV/2024", "2024-10-01", "2024-12-31")

FIGS = [
    F("giải quyết 23 vụ việc", "23", 23, "count", "vụ việc", "vụ việc bảo hộ công dân giải quyết", Q3,
      change=C("increase", 5, "vụ", "quý II/2024")),
    F("có 11 vụ", "11", 11, "count", "vụ", "vụ liên quan đến công dân bị lừa sang Campuchia, Myanmar làm việc trái phép", Q3i, total=23),
    F("; 7 vụ", "7", 7, "count", "vụ", "vụ công dân tử vong ở nước ngoài", Q3i, total=23),
    F("; 5 vụ", "5", 5, "count", "vụ", "vụ tai nạn lao động", Q3i, total=23),
    F("từ 18 đến 30", "18", 18, "measure", "tuổi", "độ tuổi phần lớn nạn nhân", Q3i, value_max=30, optional=True),
    F("đưa 37 công dân", "37", 37, "count", "công dân", "công dân được hỗ trợ đưa về nước", YTD),
    F("và 16 thi hài", "16", 16, "count", "thi hài, tro cốt", "thi hài, tro cốt được hỗ trợ đưa về nước", YTD),
    F("cho 284 trường hợp", "284", 284, "count", "trường hợp", "trường hợp phối hợp xác minh nhân thân", YTD),
    F("khoảng 120.000 người", "120.000", 120000, "count", "người", "người Hà Tĩnh đang sinh sống, làm việc ở nước ngoài", approx="about"),
    F("hơn 60.000 người", "60.000", 60000, "count", "người", "lao động tại Hàn Quốc, Nhật Bản, Đài Loan (Trung Quốc)",
      approx="over", total=120000),
    F("khoảng 425 triệu USD", "425", 425e6, "money", "USD", "kiều hối chuyển về tỉnh", P("Năm 2023", "2023-01-01", "2023-12-31"),
      approx="about", percent=8),
    F("tổ chức 12 buổi", "12", 12, "count", "buổi tuyên truyền", "buổi tuyên truyền về phòng, chống mua bán người, di cư trái phép",
      Q4, status="target"),
    F("khoảng 1.500 lượt", "1.500", 1500, "count", "lượt người", "lượt người tham dự tuyên truyền", Q4, approx="about", status="target"),
    F("100% xã", "100", 100, "percent", "%", "xã, phường, thị trấn có tổ tư vấn pháp lý cho người lao động", Q4, status="target"),
    F("trong vòng 3 ngày", "3", 3, "measure", "ngày làm việc", "thời hạn cấp giấy thông hành", optional=True),
]

COMMENTS = [
    "Provincial Party newspaper (Báo Hà Tĩnh), no dateline at the top: byline and a bare date '05/11/2024' at the end (published).",
    "Citizen protection: 'tăng 5 vụ so với quý II/2024' is the change of 23 vụ việc (unit vụ). The three kinds of case after 'Trong số này' add up to 23: total 23.",
    "Campuchia, Myanmar, Hàn Quốc … are not places of the figures; districts Kỳ Anh, Thạch Hà, Cẩm Xuyên name where the campaign runs, not a per-figure",
    "place, so location stays Hà Tĩnh. 'Từ đầu năm đến nay' runs to the published date 05/11/2024. 'chiếm gần 8% GRDP' is the percent of 425 triệu USD.",
    "'phấn đấu' governs the three clauses of the quý IV sentence (targets). Optional: age range 18-30, legal deadline '3 ngày làm việc' (a rule, not a statistic).",
    "Distractors: phone 0239.3855.168, '24/7', Nghị định số 07/2024/NĐ-CP, 'Quý III/2024' etc., the end date.",
]

if __name__ == "__main__":
    emit("p271-8", TEXT, COMMENTS, FIGS, published="2024-11-05", location="Hà Tĩnh")
