"""p936-4: ministry site (Bộ VHTTDL), national overview of outdoor advertising management in 2024, 2025 targets."""
from lib import C, F, I, P, write

TEXT = """BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Trang chủ » Tin hoạt động » Văn hóa cơ sở

Siết chặt quản lý quảng cáo ngoài trời, xử lý nghiêm quảng cáo rao vặt trái phép

14/03/2025 10:20

Theo báo cáo tổng hợp của Cục Văn hóa cơ sở, năm 2024 các địa phương trên cả nước đã thanh tra, kiểm tra 12.480 cơ sở hoạt động quảng cáo, phát hiện và xử lý 2.916 trường hợp vi phạm; tổng số tiền xử phạt vi phạm hành chính trên 18,6 tỷ đồng, tăng 12,4% so với năm 2023.

Các địa phương có số tiền xử phạt lớn nhất lần lượt là TP Hồ Chí Minh (4,2 tỷ đồng), Hà Nội (3,85 tỷ đồng), Đà Nẵng (1,1 tỷ đồng) và Bình Dương (920 triệu đồng). Về tháo dỡ bảng quảng cáo tấm lớn không phép, Hà Nội dẫn đầu với 312 bảng, Đồng Nai xếp thứ 2 với 286 bảng.

Đến hết năm 2024, cả nước có 58/63 tỉnh, thành phố đã phê duyệt quy hoạch quảng cáo ngoài trời; 5 địa phương còn lại đang hoàn thiện hồ sơ. Số bảng quảng cáo tấm lớn được cấp phép xây dựng đạt khoảng 6.150 bảng, trong đó khoảng 38% là màn hình điện tử LED.

Theo Luật Xây dựng và Luật Quảng cáo số 16/2012/QH13, bảng quảng cáo đứng độc lập có diện tích một mặt từ 40 m2 trở lên và màn hình quảng cáo có diện tích một mặt từ 20 m2 trở lên phải có giấy phép xây dựng. Tuy nhiên, tình trạng dựng bảng không phép, quá thời hạn vẫn diễn ra tại nhiều nơi, nhất là dọc cao tốc Pháp Vân - Cầu Giẽ và Quốc lộ 5.

Năm 2025, Bộ đặt mục tiêu 100% địa phương hoàn thành phê duyệt quy hoạch; đến năm 2030 giảm ít nhất 50% số bảng quảng cáo tự phát tại khu vực đô thị so với năm 2024. Dự kiến trong quý II/2025, Bộ sẽ thành lập 3 đoàn kiểm tra liên ngành làm việc tại 12 tỉnh, thành phố trọng điểm.

Địa chỉ: 51 Ngô Quyền, Hoàn Kiếm, Hà Nội
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
END24 = P("Đến hết năm 2024", None, "2024-12-31")
Q2 = P("quý II/2025", "2025-04-01", "2025-06-30")
LIST = "số tiền xử phạt vi phạm hành chính về quảng cáo"
REMOVED = "bảng quảng cáo tấm lớn không phép tháo dỡ"

FIGS = [
    F("kiểm tra 12.480 cơ sở", "12.480", 12480, "count", "cơ sở",
      "cơ sở hoạt động quảng cáo được thanh tra, kiểm tra", period=Y24),
    F("xử lý 2.916 trường hợp", "2.916", 2916, "count", "trường hợp",
      "trường hợp vi phạm phát hiện và xử lý", period=Y24),
    F("trên 18,6 tỷ đồng", "18,6", 18600000000, "money", "đồng",
      "tổng số tiền xử phạt vi phạm hành chính", approx="over",
      change=C("increase", 12.4, "%", "năm 2023"), period=Y24),
    F("TP Hồ Chí Minh (4,2 tỷ đồng)", "4,2", 4200000000, "money", "đồng", LIST,
      location="TP Hồ Chí Minh", period=I(Y24)),
    F("Hà Nội (3,85 tỷ đồng)", "3,85", 3850000000, "money", "đồng", LIST,
      location="Hà Nội", period=I(Y24)),
    F("Đà Nẵng (1,1 tỷ đồng)", "1,1", 1100000000, "money", "đồng", LIST,
      location="Đà Nẵng", period=I(Y24)),
    F("Bình Dương (920 triệu đồng)", "920", 920000000, "money", "đồng", LIST,
      location="Bình Dương", period=I(Y24)),
    F("dẫn đầu với 312 bảng", "312", 312, "count", "bảng", REMOVED,
      location="Hà Nội", period=I(Y24)),
    F("xếp thứ 2", "2", 2, "rank", "hạng", "tháo dỡ bảng quảng cáo tấm lớn không phép",
      location="Đồng Nai", period=I(Y24)),
    F("với 286 bảng", "286", 286, "count", "bảng", REMOVED,
      location="Đồng Nai", period=I(Y24)),
    F("có 58/63 tỉnh", "58", 58, "count", "tỉnh, thành phố",
      "tỉnh, thành phố đã phê duyệt quy hoạch quảng cáo ngoài trời", total=63, period=END24),
    F("5 địa phương còn lại", "5", 5, "count", "địa phương",
      "địa phương đang hoàn thiện hồ sơ quy hoạch", period=END24),
    F("khoảng 6.150 bảng", "6.150", 6150, "count", "bảng",
      "bảng quảng cáo tấm lớn được cấp phép xây dựng", approx="about", period=I(END24)),
    F("khoảng 38%", "38", 38, "percent", "%",
      "tỷ lệ màn hình điện tử LED trong bảng quảng cáo tấm lớn được cấp phép", approx="about",
      period=I(END24)),
    F("từ 40 m2", "40", 40, "measure", "m2",
      "diện tích một mặt bảng quảng cáo đứng độc lập phải có giấy phép xây dựng", approx="at_least",
      optional=True),
    F("từ 20 m2", "20", 20, "measure", "m2",
      "diện tích một mặt màn hình quảng cáo phải có giấy phép xây dựng", approx="at_least",
      optional=True),
    F("mục tiêu 100% địa phương", "100", 100, "percent", "%",
      "địa phương hoàn thành phê duyệt quy hoạch", status="target",
      period=P("Năm 2025", "2025-01-01", "2025-12-31")),
    F("ít nhất 50%", "50", 50, "percent", "%",
      "số bảng quảng cáo tự phát tại khu vực đô thị giảm", approx="at_least", status="target",
      period=P("đến năm 2030", None, "2030-12-31")),
    F("thành lập 3 đoàn", "3", 3, "count", "đoàn kiểm tra",
      "đoàn kiểm tra liên ngành", status="forecast", period=Q2),
    F("tại 12 tỉnh", "12", 12, "count", "tỉnh, thành phố",
      "tỉnh, thành phố trọng điểm được kiểm tra", status="forecast", period=Q2),
]

write(4, TEXT, FIGS, location="Việt Nam", published="2025-03-14", notes=(
    "Ministry site (Bộ VHTTDL, Cục Văn hóa cơ sở): national 2024 overview, list of provinces by fines, planning status, targets.",
    "List items share the indicator 'số tiền xử phạt'; each province is the location. 'xếp thứ 2' is a rank of Đồng Nai.",
    "'5 địa phương còn lại': no part-of cue, so no total. 'trong đó khoảng 38%' is a share of another whole: a percent figure.",
    "Size thresholds of the licensing rule (40 m2, 20 m2) are category limits: optional.",
    "'giảm ít nhất 50% ... so với năm 2024' is the target claim itself: percent figure without change.",
    "Distractors: Luật Quảng cáo số 16/2012/QH13, Quốc lộ 5, address 51 Ngô Quyền, date and time.",
))
