from lib import F, P, C, T, emit

TEXT = """BỘ NGOẠI GIAO - CỤC LÃNH SỰ
Trang chủ | Tin hoạt động | Thủ tục lãnh sự | Bảo hộ công dân

Công tác lãnh sự 9 tháng năm 2024: số hồ sơ hợp pháp hóa, chứng nhận lãnh sự tăng mạnh
Ngày đăng: 21/10/2024

Theo báo cáo của Cục Lãnh sự, trong 9 tháng năm 2024, Cục Lãnh sự và Sở Ngoại vụ TP Hồ Chí Minh đã giải quyết 186.420 hồ sơ hợp pháp hóa, chứng nhận lãnh sự, tăng 12,4% so với cùng kỳ năm 2023, với tổng số 412.305 giấy tờ. Trong đó, hồ sơ nộp trực tuyến qua Cổng dịch vụ công của Bộ Ngoại giao là 61.870 hồ sơ, chiếm 33,2%. Thủ tục được thực hiện theo Nghị định số 111/2011/NĐ-CP và Thông tư số 01/2012/TT-BNG.

Về hộ chiếu, các cơ quan đại diện Việt Nam ở nước ngoài đã cấp 97.560 hộ chiếu phổ thông cho công dân; khoảng 58% số hộ chiếu được cấp cho người lao động và du học sinh. Hoạt động cấp thị thực cũng sôi động với hơn 1,35 triệu thị thực được cấp tại các cơ quan đại diện, gấp 1,3 lần cùng kỳ.

Về bảo hộ công dân, từ đầu năm đến nay, Bộ Ngoại giao và các cơ quan đại diện đã tiếp nhận, xử lý 2.845 vụ việc, giảm 7% so với cùng kỳ; trong đó hỗ trợ đưa về nước 1.126 công dân bị lừa đảo, mua bán người hoặc gặp nạn và 74 thi hài, tro cốt. Đường dây nóng bảo hộ công dân (+84 981 848 484) đã nhận khoảng 18 nghìn cuộc gọi, trung bình 65-70 cuộc/ngày.

Cục trưởng Cục Lãnh sự Nguyễn Minh Hằng cho biết, năm 2024 Bộ phấn đấu nâng tỷ lệ hồ sơ lãnh sự giải quyết trực tuyến lên trên 40%, đồng thời cảnh báo công dân không nhận lời mời làm việc "nhẹ lương cao" ở nước ngoài qua mạng xã hội.

Công dân có nhu cầu hợp pháp hóa giấy tờ có thể nộp hồ sơ tại trụ sở Cục Lãnh sự, số 40 Trần Phú, Ba Đình, Hà Nội (sáng từ 8 giờ đến 11 giờ 30, chiều từ 13 giờ 30 đến 16 giờ 30, từ thứ Hai đến thứ Sáu) hoặc nộp trực tuyến.

Lượt truy cập: 1.204.377
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
M9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)
YTD = P("từ đầu năm đến nay", "2024-01-01", "2024-10-21")
YTDi = P("từ đầu năm đến nay", "2024-01-01", "2024-10-21", inh=True)

FIGS = [
    F("giải quyết 186.420 hồ sơ", "186.420", 186420, "count", "hồ sơ", "hồ sơ hợp pháp hóa, chứng nhận lãnh sự", M9,
      change=C("increase", 12.4, "%", "cùng kỳ năm 2023")),
    F("tổng số 412.305 giấy tờ", "412.305", 412305, "count", "giấy tờ", "giấy tờ hợp pháp hóa, chứng nhận lãnh sự", M9),
    F("là 61.870 hồ sơ", "61.870", 61870, "count", "hồ sơ", "hồ sơ nộp trực tuyến qua Cổng dịch vụ công của Bộ Ngoại giao", M9i,
      total=186420, percent=33.2),
    F("cấp 97.560 hộ chiếu", "97.560", 97560, "count", "hộ chiếu phổ thông", "hộ chiếu phổ thông các cơ quan đại diện cấp cho công dân", M9i),
    F("khoảng 58% số hộ chiếu", "58", 58, "percent", "%", "hộ chiếu được cấp cho người lao động và du học sinh", M9i, approx="about"),
    F("hơn 1,35 triệu thị thực", "1,35", 1.35e6, "count", "thị thực", "thị thực được cấp tại các cơ quan đại diện", M9i,
      approx="over", change=C("increase", 1.3, "lần", "cùng kỳ")),
    F("xử lý 2.845 vụ việc", "2.845", 2845, "count", "vụ việc", "vụ việc bảo hộ công dân tiếp nhận, xử lý", YTD,
      change=C("decrease", 7, "%", "cùng kỳ")),
    F("nước 1.126 công dân", "1.126", 1126, "count", "công dân", "công dân bị lừa đảo, mua bán người hoặc gặp nạn được hỗ trợ đưa về nước", YTD),
    F("và 74 thi hài", "74", 74, "count", "thi hài, tro cốt", "thi hài, tro cốt được hỗ trợ đưa về nước", YTD),
    F("khoảng 18 nghìn cuộc gọi", "18", 18000, "count", "cuộc gọi", "cuộc gọi đường dây nóng bảo hộ công dân nhận", YTDi, approx="about"),
    F("trung bình 65-70 cuộc/ngày", "65", 65, "measure", "cuộc/ngày", "cuộc gọi trung bình mỗi ngày", YTDi, value_max=70),
    F("lên trên 40%", "40", 40, "percent", "%", "tỷ lệ hồ sơ lãnh sự giải quyết trực tuyến",
      P("năm 2024", "2024-01-01", "2024-12-31"), approx="over", status="target"),
]

COMMENTS = [
    "Ministry site (Bộ Ngoại giao - Cục Lãnh sự), 'Ngày đăng:' without time, page counter 'Lượt truy cập' at the end.",
    "National figures: location Việt Nam although 'Sở Ngoại vụ TP Hồ Chí Minh' is named as one of the two processing bodies (its figure is a joint national total).",
    "Distractors: Nghị định số 111/2011/NĐ-CP, Thông tư số 01/2012/TT-BNG, hotline +84 981 848 484, 'số 40 Trần Phú', office hours, 'Lượt truy cập: 1.204.377'.",
    "'Trong đó … 61.870 hồ sơ, chiếm 33,2%': total 186420 and percent 33.2. '1.126 công dân' / '74 thi hài' follow 'trong đó' after 2.845 vụ việc,",
    "but they count other things (people, remains), so no total. 'khoảng 58% số hộ chiếu' is a percent figure (no total for percents, cf. h01).",
    "'gấp 1,3 lần cùng kỳ' after the visa count is its change (unit lần). 'từ đầu năm đến nay' runs to the dateline 21/10/2024.",
    "'65-70 cuộc/ngày' is a rate: measure with unit cuộc/ngày and value_max 70.",
]

if __name__ == "__main__":
    emit("p271-3", TEXT, COMMENTS, FIGS, published="2024-10-21", location="Việt Nam")
