from lib import *

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH NGHỆ AN
Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội
Cập nhật: 18/06/2024 10:25 | Lượt xem: 1.482

Hơn 25.000 đoàn viên, thanh niên ra quân tình nguyện hè 2024

Sáng 16/6, tại xã Nghi Phong (huyện Nghi Lộc), Tỉnh đoàn Nghệ An tổ chức lễ ra quân Chiến dịch Thanh niên tình nguyện hè năm 2024 với sự tham gia của hơn 25.000 đoàn viên, thanh niên đến từ 21 huyện, thành, thị đoàn và 12 đoàn trực thuộc.

Theo Kế hoạch số 112-KH/TĐTN, toàn tỉnh đăng ký thực hiện 412 công trình, phần việc thanh niên với tổng giá trị dự kiến khoảng 21,6 tỷ đồng, tăng 14% so với năm 2023; trong đó có 38 công trình cấp tỉnh. Các đơn vị đăng ký nhiều công trình gồm: Nghi Lộc (34 công trình), Quỳnh Lưu (29 công trình), Diễn Châu (27 công trình).

Ba đơn vị có lực lượng ra quân đông nhất là Quỳnh Lưu, Diễn Châu và Yên Thành với lần lượt 2.150, 1.980 và 1.760 đoàn viên.

Trong chiến dịch, Tỉnh đoàn phấn đấu làm mới, sửa chữa 135 km đường giao thông nông thôn, trồng 52.000 cây xanh và trao 40 nhà nhân ái, mỗi nhà trị giá 60 triệu đồng.

Năm 2023, chiến dịch đã thu hút 23.400 lượt đoàn viên, thanh niên; hoàn thành 387/395 công trình đăng ký, đạt 98%; vận động hiến 2.860 đơn vị máu, tăng 11,5% so với năm 2022.

Cơ quan chủ quản: UBND tỉnh Nghệ An. Địa chỉ: số 3 đường Trường Thi, TP Vinh. Điện thoại: 0238.3844.375
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("Hơn 25.000 đoàn viên, thanh niên ra quân", "25.000", 25000, "count", "đoàn viên, thanh niên", approx="over",
      subject="đoàn viên, thanh niên ra quân tình nguyện hè", period=I(Y24)),
    F("hơn 25.000 đoàn viên, thanh niên đến từ", "25.000", 25000, "count", "đoàn viên, thanh niên", approx="over",
      subject="đoàn viên, thanh niên tham gia lễ ra quân Chiến dịch Thanh niên tình nguyện hè", period=Y24),
    F("từ 21 huyện", "21", 21, "count", "huyện, thành, thị đoàn",
      subject="huyện, thành, thị đoàn tham gia lễ ra quân", period=Y24),
    F("và 12 đoàn trực thuộc", "12", 12, "count", "đoàn trực thuộc",
      subject="đoàn trực thuộc tham gia lễ ra quân", period=Y24),
    F("thực hiện 412 công trình", "412", 412, "count", "công trình, phần việc",
      subject="công trình, phần việc thanh niên đăng ký thực hiện", period=I(Y24)),
    F("khoảng 21,6 tỷ đồng", "21,6", 21.6e9, "money", "đồng", approx="about",
      change=CH("increase", 14, baseline="năm 2023"), status="forecast",
      subject="tổng giá trị công trình, phần việc thanh niên", period=I(Y24)),
    F("có 38 công trình cấp tỉnh", "38", 38, "count", "công trình", total=412,
      subject="công trình cấp tỉnh", period=I(Y24)),
    F("Nghi Lộc (34 công trình)", "34", 34, "count", "công trình",
      subject="công trình đăng ký", period=I(Y24), location="Nghi Lộc"),
    F("Quỳnh Lưu (29 công trình)", "29", 29, "count", "công trình",
      subject="công trình đăng ký", period=I(Y24), location="Quỳnh Lưu"),
    F("Diễn Châu (27 công trình)", "27", 27, "count", "công trình",
      subject="công trình đăng ký", period=I(Y24), location="Diễn Châu"),
    F("Ba đơn vị có lực lượng", "Ba", 3, "count", "đơn vị", subject="đơn vị có lực lượng ra quân đông nhất", optional=True),
    F("lần lượt 2.150", "2.150", 2150, "count", "đoàn viên",
      subject="lực lượng ra quân", period=I(Y24), location="Quỳnh Lưu"),
    F("2.150, 1.980", "1.980", 1980, "count", "đoàn viên",
      subject="lực lượng ra quân", period=I(Y24), location="Diễn Châu"),
    F("và 1.760 đoàn viên", "1.760", 1760, "count", "đoàn viên",
      subject="lực lượng ra quân", period=I(Y24), location="Yên Thành"),
    F("sửa chữa 135 km", "135", 135, "measure", "km", status="target",
      subject="đường giao thông nông thôn làm mới, sửa chữa", period=I(Y24)),
    F("trồng 52.000 cây xanh", "52.000", 52000, "count", "cây xanh", status="target",
      subject="cây xanh trồng", period=I(Y24)),
    F("trao 40 nhà nhân ái", "40", 40, "count", "nhà nhân ái", status="target",
      subject="nhà nhân ái trao", period=I(Y24)),
    F("trị giá 60 triệu đồng", "60", 60e6, "money", "đồng", status="target",
      subject="trị giá mỗi nhà nhân ái", period=I(Y24)),
    F("thu hút 23.400 lượt", "23.400", 23400, "count", "lượt đoàn viên, thanh niên",
      subject="lượt đoàn viên, thanh niên tham gia chiến dịch", period=Y23),
    F("hoàn thành 387/395 công trình", "387", 387, "count", "công trình", total=395, percent=98,
      subject="công trình đăng ký hoàn thành", period=Y23),
    F("hiến 2.860 đơn vị máu", "2.860", 2860, "count", "đơn vị máu",
      change=CH("increase", 11.5, baseline="năm 2022"),
      subject="đơn vị máu vận động hiến", period=Y23),
]

COMMENTS = [
    "Probe 772-1. Province portal (Nghệ An): ra quân Chiến dịch Thanh niên tình nguyện hè 2024; registered works, district list, targets, 2023 results.",
    "'hè năm 2024' is read as the year 2024 (spec: năm N = the whole year). Headline and later paragraphs inherit it (unscored).",
    "38 công trình cấp tỉnh after 'trong đó' takes the whole 412 (same thing counted), not the money 21,6 tỷ standing right before the cue.",
    "The bracketed district list after 'gồm:' follows no figure, so no total. 387/395: completed of registered works -> total 395; 'đạt 98%' its percent.",
    "'Ba đơn vị' (the three units being listed) is optional. Distractors: Lượt xem, 16/6, Kế hoạch số 112-KH/TĐTN, số 3 đường Trường Thi, phone.",
]

emit("p772-1", TEXT, COMMENTS, FIGS, published="2024-06-18", location="Nghệ An")
