"""p954-2: district portal of Thanh Liêm (Hà Nam): Hội vật võ truyền thống Liễu Đôi 2025."""
from lib import F, P, Pi, C, build

TEXT = """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN THANH LIÊM
Trang chủ > Tin tức > Văn hóa - Thể thao

Sôi nổi Hội vật võ truyền thống Liễu Đôi xuân Ất Tỵ

Thứ Ba, 04/02/2025 - 16:40

Ngày 02/02/2025 (mùng 5 Tết), tại sân vật thôn Liễu Đôi, xã Liêm Túc, UBND xã phối hợp với Trung tâm Văn hóa, Thể thao và Truyền thông huyện tổ chức Hội vật võ truyền thống Liễu Đôi năm 2025.

Năm nay, hội vật có 126 đô vật của 14 câu lạc bộ, lò vật đến từ 5 tỉnh, thành phố tham gia, tăng 22 đô vật so với năm 2024; trong đó có 58 đô vật của các câu lạc bộ trong huyện, chiếm 46%. Các đô vật thi đấu ở 8 hạng cân, từ 45 kg đến 74 kg.

Kết thúc hội vật, Ban tổ chức trao 8 giải Nhất, 8 giải Nhì và 16 giải Ba; tổng giá trị giải thưởng trên 60 triệu đồng, mỗi giải Nhất được thưởng 3 triệu đồng. Hội vật thu hút khoảng 8.000 lượt người dân và du khách đến cổ vũ.

Số đô vật đăng ký dự hội năm nay gấp 2 lần so với năm 2020.

Hiện xã Liêm Túc có 3 lò vật với gần 70 đô vật thường xuyên tập luyện; xã hỗ trợ mỗi lò 10 triệu đồng/năm. Theo kế hoạch, năm 2025 huyện Thanh Liêm phấn đấu 100% xã, thị trấn duy trì trò chơi dân gian trong lễ hội làng. Dự kiến kinh phí tổ chức hội vật năm 2026 khoảng 250 triệu đồng, trong đó ngân sách xã 100 triệu đồng, còn lại huy động xã hội hóa.

Hội vật võ Liễu Đôi được đưa vào Danh mục di sản văn hóa phi vật thể quốc gia theo Quyết định số 3641/QĐ-BVHTTDL.

Địa chỉ: Thị trấn Tân Thanh, huyện Thanh Liêm, tỉnh Hà Nam. Điện thoại: 0226.3881.234
"""

NAY = P("Năm nay", "2025-01-01", "2025-12-31")
NAY2 = P("năm nay", "2025-01-01", "2025-12-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
Y26 = P("năm 2026", "2026-01-01", "2026-12-31")

FIGS = [
    F("có 126 đô vật", "126", 126, "count", "đô vật", "đô vật tham gia hội vật",
      change=C("increase", 22, "đô vật", "năm 2024"), period=NAY),
    F("của 14 câu lạc bộ", "14", 14, "count", "câu lạc bộ, lò vật",
      "câu lạc bộ, lò vật tham gia hội vật", period=NAY),
    F("từ 5 tỉnh, thành phố", "5", 5, "count", "tỉnh, thành phố",
      "tỉnh, thành phố có đô vật tham gia", period=NAY, location="Việt Nam"),
    F("có 58 đô vật", "58", 58, "count", "đô vật", "đô vật của các câu lạc bộ trong huyện",
      total=126, percent=46, period=NAY),
    F("ở 8 hạng cân", "8", 8, "count", "hạng cân", "hạng cân thi đấu", period=Pi(NAY)),
    F("từ 45 kg đến 74 kg", "45", 45, "measure", "kg", "hạng cân thi đấu", value_max=74,
      period=Pi(NAY), optional=True),
    F("trao 8 giải Nhất", "8", 8, "count", "giải Nhất", "giải Nhất được trao", period=Pi(NAY)),
    F("8 giải Nhì", "8", 8, "count", "giải Nhì", "giải Nhì được trao", period=Pi(NAY)),
    F("16 giải Ba", "16", 16, "count", "giải Ba", "giải Ba được trao", period=Pi(NAY)),
    F("trên 60 triệu đồng", "60", 60e6, "money", "đồng", "tổng giá trị giải thưởng",
      approx="over", period=Pi(NAY)),
    F("thưởng 3 triệu đồng", "3", 3e6, "money", "đồng", "tiền thưởng mỗi giải Nhất", period=Pi(NAY)),
    F("khoảng 8.000 lượt", "8.000", 8000, "count", "lượt",
      "lượt người dân và du khách đến cổ vũ hội vật", approx="about", period=Pi(NAY)),
    F("gấp 2 lần", "2", 2, "multiple", "lần", "số đô vật đăng ký dự hội so với năm 2020",
      period=NAY2),
    F("có 3 lò vật", "3", 3, "count", "lò vật", "lò vật của xã Liêm Túc"),
    F("gần 70 đô vật", "70", 70, "count", "đô vật", "đô vật thường xuyên tập luyện", approx="nearly"),
    F("10 triệu đồng/năm", "10", 10e6, "money", "đồng/năm", "hỗ trợ mỗi lò vật"),
    F("phấn đấu 100% xã", "100", 100, "percent", "%",
      "xã, thị trấn duy trì trò chơi dân gian trong lễ hội làng", status="target", period=Y25),
    F("khoảng 250 triệu đồng", "250", 250e6, "money", "đồng", "kinh phí tổ chức hội vật",
      approx="about", status="forecast", period=Y26),
    F("ngân sách xã 100 triệu đồng", "100", 100e6, "money", "đồng",
      "ngân sách xã cho kinh phí tổ chức hội vật", total=250e6, status="forecast", period=Y26),
]

COMMENTS = [
    "Cổng TTĐT huyện Thanh Liêm (invented): Hội vật võ truyền thống Liễu Đôi, xã Liêm Túc, ngày 02/02/2025 (mùng 5 Tết).",
    "Dateline 'Thứ Ba, 04/02/2025 - 16:40'. Location: the district (Thanh Liêm); the commune Liêm Túc lies in it.",
    "'Năm nay' = 2025 (published). 'tăng 22 đô vật so với năm 2024' is the 126's change; 58 is a 'trong đó' part of the 126, 'chiếm 46%' its share.",
    "'từ 45 kg đến 74 kg' describes the weight classes (a category threshold): optional. 'gấp 2 lần so với năm 2020' stands alone: a multiple.",
    "revised after the first run: '5 tỉnh, thành phố' location Thanh Liêm -> Việt Nam (FIGURES.md: a count of provinces is a national figure).",
    "Distractors: 'mùng 5 Tết', 'Ngày 02/02/2025', 'Quyết định số 3641/QĐ-BVHTTDL', phone '0226.3881.234', '16:40', 'Thứ Ba'.",
]

if __name__ == "__main__":
    build(2, TEXT, FIGS, COMMENTS, published="2025-02-04", location="Thanh Liêm")
