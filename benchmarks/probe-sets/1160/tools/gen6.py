"""p1160-6: national newspaper: commune post-office points as public-service stations; a point in Lũng Cú (Đồng Văn, Hà Giang)."""
from lib import F, P, I, C, T, write

TEXT = """Thời sự › Dân sinh

Thứ Ba, 09/07/2024, 06:45 (GMT+7)

Bưu điện văn hóa xã thành "trạm" dịch vụ công ở vùng cao

Từ chỗ chỉ bán tem, phát thư, nhiều điểm bưu điện văn hóa xã nay là nơi người dân vùng cao nộp hồ sơ, nhận lương hưu, mua hàng trên sàn thương mại điện tử.

Theo Tổng công ty Bưu điện Việt Nam, cả nước hiện có khoảng 7.900 điểm bưu điện văn hóa xã (BĐVHX), trong đó hơn 2.100 điểm ở các xã đặc biệt khó khăn. 6 tháng đầu năm 2024, mạng lưới bưu điện đã tiếp nhận, trả kết quả hơn 1,2 triệu hồ sơ thủ tục hành chính, tăng 24% so với cùng kỳ; chi trả lương hưu, trợ cấp bảo hiểm xã hội với tổng số tiền gần 98.000 tỷ đồng. Riêng quý II, số hồ sơ qua bưu điện tăng 31% so với quý I. Hiện 52/63 tỉnh, thành phố đã giao bưu điện tiếp nhận hồ sơ tại điểm BĐVHX.

Ở xã Lũng Cú, huyện Đồng Văn (Hà Giang), điểm BĐVHX nằm cách cột cờ Lũng Cú chừng 2 km, có hai máy tính kết nối Internet. Anh Vàng Mí Pó, nhân viên điểm, cho biết năm 2023 điểm đã chi trả trợ cấp cho 214 người cao tuổi, người khuyết tật và nhận gửi 560 hồ sơ cấp đổi giấy tờ. "Trước đây bà con phải đi hơn 20 km xuống thị trấn, nay chỉ cần ra bưu điện xã", anh nói.

Thù lao của nhân viên BĐVHX hiện khoảng 3-4,5 triệu đồng/tháng, tùy doanh thu dịch vụ. Theo ông Nguyễn Đức Hòa, Phó tổng giám đốc Tổng công ty, năm 2024 đơn vị dự kiến nâng cấp thêm 500 điểm BĐVHX thành điểm hỗ trợ chuyển đổi số, phấn đấu đến năm 2025 có 100% điểm được kết nối Internet băng rộng.

Minh Anh
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Q2 = P("quý II", "2024-04-01", "2024-06-30")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
TO25 = P("đến năm 2025", None, "2025-12-31")
DV = "Đồng Văn"

FIGS = [
    F("khoảng 7.900 điểm", "7.900", 7900, "count", "điểm bưu điện văn hóa xã", approx="about",
      subject="điểm bưu điện văn hóa xã"),
    F("hơn 2.100 điểm", "2.100", 2100, "count", "điểm", approx="over", total=7900,
      subject="điểm bưu điện văn hóa xã ở các xã đặc biệt khó khăn"),
    F("hơn 1,2 triệu", "1,2", 1.2e6, "count", "hồ sơ", approx="over", change=C("increase", 24, "%", "cùng kỳ"),
      subject="hồ sơ thủ tục hành chính tiếp nhận, trả kết quả qua mạng lưới bưu điện", period=H1),
    F("gần 98.000 tỷ", "98.000", 98e12, "money", "đồng", approx="nearly",
      subject="tổng số tiền chi trả lương hưu, trợ cấp bảo hiểm xã hội", period=H1),
    F("tăng 31%", "31", 31, "percent", "%", subject="số hồ sơ qua bưu điện", period=Q2),
    F("Hiện 52/63", "52", 52, "count", "tỉnh, thành phố", total=63,
      subject="tỉnh, thành phố đã giao bưu điện tiếp nhận hồ sơ tại điểm BĐVHX"),
    F("chừng 2 km", "2", 2, "measure", "km", approx="about", location=DV,
      subject="khoảng cách từ điểm BĐVHX xã Lũng Cú đến cột cờ Lũng Cú"),
    F("có hai máy tính", "hai", 2, "count", "máy tính", location=DV,
      subject="máy tính kết nối Internet tại điểm BĐVHX xã Lũng Cú"),
    F("cho 214 người", "214", 214, "count", "người", location=DV,
      subject="người cao tuổi, người khuyết tật được chi trả trợ cấp", period=Y23),
    F("gửi 560 hồ sơ", "560", 560, "count", "hồ sơ", location=DV,
      subject="hồ sơ cấp đổi giấy tờ nhận gửi", period=Y23),
    F("hơn 20 km", "20", 20, "measure", "km", approx="over", location=DV,
      subject="quãng đường bà con phải đi xuống thị trấn"),
    F("khoảng 3-4,5 triệu", "3", 3e6, "money", "đồng/tháng", value_max=4.5e6, approx="about",
      subject="thù lao của nhân viên BĐVHX"),
    F("thêm 500 điểm", "500", 500, "count", "điểm BĐVHX", status="forecast",
      subject="điểm BĐVHX nâng cấp thành điểm hỗ trợ chuyển đổi số", period=Y24),
    F("có 100% điểm", "100", 100, "percent", "%", status="target",
      subject="tỷ lệ điểm BĐVHX được kết nối Internet băng rộng", period=TO25),
]

NOTES = [
    "National newspaper: 'Thứ Ba, 09/07/2024, 06:45 (GMT+7)' (published), byline 'Minh Anh' at the end. National figures: Việt Nam.",
    "Commune passage: xã Lũng Cú, huyện Đồng Văn (Hà Giang): location Đồng Văn, also for the quoted 'hơn 20 km' ('anh nói').",
    "'Riêng quý II, số hồ sơ … tăng 31% so với quý I' is a growth rate standing as the claim (percent, no change); quý II takes 2024.",
    "'52/63 tỉnh, thành phố' → total 63, location Việt Nam (a count of provinces). 'hai máy tính' is a number word.",
    "'năm 2024 đơn vị dự kiến … phấn đấu đến năm 2025 có 100%': forecast, then target (its own cue, as-of end 2025).",
    "Distractors: the dateline time 06:45, GMT+7, 'quý I' (baseline, not a figure).",
]

if __name__ == "__main__":
    write("p1160-6", TEXT, NOTES, FIGS, published="2024-07-09", location="Việt Nam")
