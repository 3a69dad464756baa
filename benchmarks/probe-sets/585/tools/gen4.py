"""p585-4: Bộ LĐ-TB&XH ministry site, national workers abroad 2023."""
import sys
sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import P, I, CH, F, emit

TEXT = """BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI
Trang chủ > Tin tức > Lao động ngoài nước

Năm 2023, đưa 159.986 lao động Việt Nam đi làm việc ở nước ngoài

Ngày đăng: 04/01/2024 | Lượt xem: 1.527

Theo Cục Quản lý lao động ngoài nước, năm 2023 cả nước đưa được 159.986 lao động đi làm việc ở nước ngoài theo hợp đồng (trong đó có 53.271 lao động nữ), đạt 145,4% kế hoạch năm, tăng 12,1% so với năm 2022.

Nhật Bản tiếp tục là thị trường tiếp nhận nhiều lao động Việt Nam nhất với 80.014 người, tiếp đến là Đài Loan (Trung Quốc) 58.829 người, Hàn Quốc 15.260 người, Trung Quốc 1.862 người, Singapore 1.290 người.

Hiện có khoảng 650.000 lao động Việt Nam đang làm việc ở nước ngoài, hằng năm gửi về nước khoảng 3,5 đến 4 tỷ USD.

Cả nước hiện có 476 doanh nghiệp được cấp giấy phép hoạt động dịch vụ đưa người lao động đi làm việc ở nước ngoài theo Luật số 69/2020/QH14. Trong năm 2023, Bộ đã thu hồi giấy phép của 7 doanh nghiệp, xử phạt 23 doanh nghiệp vi phạm với tổng số tiền gần 3,2 tỷ đồng.

Năm 2024, Bộ đặt mục tiêu đưa 125.000 lao động đi làm việc ở nước ngoài; phấn đấu đến năm 2025 tỷ lệ lao động qua đào tạo nghề trước khi xuất cảnh đạt 70%. Dự kiến trong quý I/2024, phía Hàn Quốc tiếp nhận khoảng 4.500 lao động theo Chương trình EPS.

Cục Quản lý lao động ngoài nước - 41B Lý Thái Tổ, Hoàn Kiếm, Hà Nội. ĐT: 024.3824.9517
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
FIGS = [
    F("đưa 159.986 lao động", "159.986", 159986, "count", "lao động", "lao động Việt Nam đi làm việc ở nước ngoài",
      P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("được 159.986 lao động", "159.986", 159986, "count", "lao động", "lao động đi làm việc ở nước ngoài theo hợp đồng", Y23,
      percent=145.4, change=CH("increase", 12.1, baseline="năm 2022")),
    F("có 53.271 lao động", "53.271", 53271, "count", "lao động", "lao động nữ đi làm việc ở nước ngoài", Y23, total=159986),
    F("với 80.014 người", "80.014", 80014, "count", "người", "lao động Việt Nam đi làm việc tại Nhật Bản", I(Y23)),
    F("Trung Quốc) 58.829 người", "58.829", 58829, "count", "người", "lao động Việt Nam đi làm việc tại Đài Loan (Trung Quốc)", I(Y23)),
    F("Hàn Quốc 15.260 người", "15.260", 15260, "count", "người", "lao động Việt Nam đi làm việc tại Hàn Quốc", I(Y23)),
    F("Trung Quốc 1.862 người", "1.862", 1862, "count", "người", "lao động Việt Nam đi làm việc tại Trung Quốc", I(Y23)),
    F("Singapore 1.290 người", "1.290", 1290, "count", "người", "lao động Việt Nam đi làm việc tại Singapore", I(Y23)),
    F("khoảng 650.000 lao động", "650.000", 650000, "count", "lao động", "lao động Việt Nam đang làm việc ở nước ngoài",
      approx="about"),
    F("khoảng 3,5 đến 4 tỷ USD", "3,5", 3500000000, "money", "USD", "tiền lao động ở nước ngoài gửi về nước hằng năm",
      value_max=4000000000, approx="about"),
    F("có 476 doanh nghiệp", "476", 476, "count", "doanh nghiệp",
      "doanh nghiệp được cấp giấy phép hoạt động dịch vụ đưa người lao động đi làm việc ở nước ngoài"),
    F("của 7 doanh nghiệp", "7", 7, "count", "doanh nghiệp", "doanh nghiệp bị thu hồi giấy phép",
      P("Trong năm 2023", "2023-01-01", "2023-12-31")),
    F("phạt 23 doanh nghiệp", "23", 23, "count", "doanh nghiệp", "doanh nghiệp vi phạm bị xử phạt",
      P("Trong năm 2023", "2023-01-01", "2023-12-31")),
    F("gần 3,2 tỷ đồng", "3,2", 3200000000, "money", "đồng", "tổng số tiền xử phạt doanh nghiệp vi phạm",
      P("Trong năm 2023", "2023-01-01", "2023-12-31"), approx="nearly"),
    F("đưa 125.000 lao động", "125.000", 125000, "count", "lao động", "lao động đi làm việc ở nước ngoài",
      P("Năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("đạt 70%", "70", 70, "percent", "%", "tỷ lệ lao động qua đào tạo nghề trước khi xuất cảnh",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
    F("khoảng 4.500 lao động", "4.500", 4500, "count", "lao động", "lao động phía Hàn Quốc tiếp nhận theo Chương trình EPS",
      P("quý I/2024", "2024-01-01", "2024-03-31"), approx="about", status="forecast"),
]

COMMENTS = [
    "Ministry site (Bộ LĐ-TB&XH; breadcrumb, 'Ngày đăng: 04/01/2024 | Lượt xem: 1.527'): national workers sent abroad in 2023.",
    "National figures: location Việt Nam. Receiving markets (Nhật Bản, Đài Loan, Trung Quốc, Singapore) are not places of the figure.",
    "Bracketed '(trong đó có 53.271 lao động nữ)' is a part of 159.986; the share and change after the bracket belong to 159.986.",
    "Market list has no cue (no trong đó/gồm): no total.",
    "Distractors: Luật số 69/2020/QH14, '41B Lý Thái Tổ', phone 024.3824.9517, visit counter, 'Chương trình EPS'.",
]

if __name__ == "__main__":
    emit("p585-4", TEXT, COMMENTS, FIGS, published="2024-01-04", location="Việt Nam")
