from lib import F, P, I, C, emit

TEXT = """Báo Bắc Giang điện tử
Kinh tế

Bưu điện tỉnh: Doanh thu 6 tháng đạt 52% kế hoạch năm

10:25, 18/07/2024

BGĐT - Sáu tháng đầu năm 2024, tổng doanh thu của Bưu điện tỉnh đạt 186,4 tỷ đồng, bằng 52% kế hoạch năm, tăng 12,8% so với cùng kỳ. Trong đó, nhóm dịch vụ tài chính bưu chính đạt 71,2 tỷ đồng, chiếm 38,2%; dịch vụ bưu chính chuyển phát 54,3 tỷ đồng; dịch vụ hành chính công 9,6 tỷ đồng. Riêng quý II/2024, doanh thu đạt 98,7 tỷ đồng, tăng 8,1% so với quý I.

Trong 6 tháng, Bưu điện tỉnh phát triển mới 4.812 người tham gia BHXH tự nguyện và 21.560 người tham gia BHYT hộ gia đình, đạt lần lượt 61,5% và 58,3% kế hoạch giao; tiếp nhận, trả kết quả hơn 27 nghìn hồ sơ TTHC. Mạng lưới của đơn vị gồm 207 điểm phục vụ, trong đó có 186 điểm bưu điện văn hóa xã (BĐVHX).

Các huyện Lục Ngạn, Yên Thế, Sơn Động có doanh thu dịch vụ hành chính công tăng mạnh, lần lượt tăng 35%, 28,6% và 24% so với cùng kỳ.

Tại hội nghị sơ kết ngày 17/7, ông Nguyễn Văn Hải, Giám đốc Bưu điện tỉnh cho biết, dự kiến quý III doanh thu đạt khoảng 95 tỷ đồng; ước cả năm 2024 đạt 365 tỷ đồng, vượt 1,8% kế hoạch. Để hoàn thành chỉ tiêu, đơn vị phấn đấu mỗi điểm BĐVHX có doanh thu tối thiểu 10 triệu đồng/tháng; trước ngày 30/9/2024, 100% bưu cục, điểm BĐVHX chấp nhận thanh toán không dùng tiền mặt.

Thanh Tâm
Lượt đọc: 512
"""

H1 = P("Sáu tháng đầu năm 2024", "2024-01-01", "2024-06-30")
T6 = P("6 tháng", "2024-01-01", "2024-06-30")
T6b = P("Trong 6 tháng", "2024-01-01", "2024-06-30")
Q2 = P("quý II/2024", "2024-04-01", "2024-06-30")
Y24 = P("cả năm 2024", "2024-01-01", "2024-12-31")
LOC = "Bắc Giang"

FIGS = [
    F("đạt 52% kế hoạch năm", "52", 52, "percent", "%", "Doanh thu so với kế hoạch năm", T6),
    F("đạt 186,4 tỷ đồng", "186,4", 186_400_000_000, "money", "đồng", "tổng doanh thu của Bưu điện tỉnh", H1,
      percent=52, change=C("increase", 12.8, "%", "cùng kỳ")),
    F("đạt 71,2 tỷ đồng", "71,2", 71_200_000_000, "money", "đồng", "doanh thu nhóm dịch vụ tài chính bưu chính",
      I(H1), total=186_400_000_000, percent=38.2),
    F("chuyển phát 54,3 tỷ đồng", "54,3", 54_300_000_000, "money", "đồng", "doanh thu dịch vụ bưu chính chuyển phát",
      I(H1), total=186_400_000_000),
    F("công 9,6 tỷ đồng", "9,6", 9_600_000_000, "money", "đồng", "doanh thu dịch vụ hành chính công",
      I(H1), total=186_400_000_000),
    F("đạt 98,7 tỷ đồng", "98,7", 98_700_000_000, "money", "đồng", "doanh thu", Q2,
      change=C("increase", 8.1, "%", "quý I")),
    F("mới 4.812 người", "4.812", 4812, "count", "người", "người tham gia BHXH tự nguyện phát triển mới", T6b,
      percent=61.5),
    F("và 21.560 người", "21.560", 21560, "count", "người", "người tham gia BHYT hộ gia đình phát triển mới", T6b,
      percent=58.3),
    F("hơn 27 nghìn hồ sơ", "27", 27000, "count", "hồ sơ", "hồ sơ TTHC tiếp nhận, trả kết quả", T6b, approx="over"),
    F("gồm 207 điểm", "207", 207, "count", "điểm phục vụ", "điểm phục vụ"),
    F("có 186 điểm", "186", 186, "count", "điểm bưu điện văn hóa xã", "điểm bưu điện văn hóa xã (BĐVHX)", total=207),
    F("tăng 35%", "35", 35, "percent", "%", "doanh thu dịch vụ hành chính công tăng", I(H1), location="Lục Ngạn"),
    F("28,6%", "28,6", 28.6, "percent", "%", "doanh thu dịch vụ hành chính công tăng", I(H1), location="Yên Thế"),
    F("và 24%", "24", 24, "percent", "%", "doanh thu dịch vụ hành chính công tăng", I(H1), location="Sơn Động"),
    F("khoảng 95 tỷ đồng", "95", 95_000_000_000, "money", "đồng", "doanh thu", P("quý III", "2024-07-01", "2024-09-30"),
      approx="about", status="forecast"),
    F("đạt 365 tỷ đồng", "365", 365_000_000_000, "money", "đồng", "doanh thu", Y24, status="estimate",
      change=C("increase", 1.8, "%", "kế hoạch")),
    F("tối thiểu 10 triệu đồng/tháng", "10", 10_000_000, "money", "đồng/tháng", "doanh thu mỗi điểm BĐVHX", I(Y24),
      approx="at_least", status="target"),
    F("9/2024, 100% bưu cục", "100", 100, "percent", "%",
      "bưu cục, điểm BĐVHX chấp nhận thanh toán không dùng tiền mặt",
      P("trước ngày 30/9/2024", None, "2024-09-30"), status="target"),
]

COMMENTS = [
    "Báo Bắc Giang điện tử (Party newspaper): post office revenue, first half of 2024. Dateline '10:25, 18/07/2024' (time first),",
    "tag 'BGĐT' implies Bắc Giang (the text says only 'Bưu điện tỉnh'); 'Lượt đọc: 512' at the end is furniture.",
    "Distractors: 'ngày 17/7' (meeting date), 'quý I' (baseline), a person's name, '30/9/2024' (deadline).",
    "Title '6 tháng đạt 52% kế hoạch năm': the share stated on its own in the title is a percent figure (period 6 tháng of 2024).",
    "186,4 tỷ: share 52% (bằng … kế hoạch) and change 12,8%. The three parts after 'Trong đó' carry total 186,4 tỷ; 71,2 tỷ also 'chiếm 38,2%'.",
    "'đạt lần lượt 61,5% và 58,3% kế hoạch giao' distributes the shares to 4.812 and 21.560. 186 after 'trong đó' -> total 207.",
    "District growth rates after 'lần lượt tăng': rates that are the claim -> percent figures, no change, location the district.",
    "'dự kiến quý III … khoảng 95 tỷ' forecast; 'ước cả năm 2024 đạt 365 tỷ, vượt 1,8% kế hoạch' estimate with change vs plan.",
    "'phấn đấu' governs both clauses after it: 10 triệu đồng/tháng (at_least) and 100% (deadline 'trước ngày 30/9/2024') are targets.",
]

emit("p363-8", TEXT, COMMENTS, FIGS, published="2024-07-18", location=LOC)
